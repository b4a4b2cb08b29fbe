namespace Reform.Site.Rendering.Views;

internal sealed record DepartmentSummaryView(LinkView Department, TextView? Bureau, int NodeCount);
