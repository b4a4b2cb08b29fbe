namespace Reform.Site.Rendering.Views;

/// <summary>A shared theme with how many nodes each city has under it.</summary>
internal sealed record ThemeSummaryView(LinkView Theme, TextView? Description, int NodeCount, int PlanCount);
