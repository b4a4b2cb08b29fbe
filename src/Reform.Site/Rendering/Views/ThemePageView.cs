namespace Reform.Site.Rendering.Views;

/// <summary>One shared theme across every city: the nodes of each plan mapped to it.</summary>
public sealed record ThemePageView(string Id, TextView Name, TextView? Description, IReadOnlyList<PlanGroupView> Plans);
