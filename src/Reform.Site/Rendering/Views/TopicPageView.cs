namespace Reform.Site.Rendering.Views;

/// <summary>One shared topic across every city: the nodes of each plan mapped to it, for the
/// cities on this page (<see cref="Pagination"/> is null when they all fit on one).</summary>
internal sealed record TopicPageView(string Id, TextView Name, TextView? Description, IReadOnlyList<PlanGroupView> Plans, PaginationView? Pagination);
