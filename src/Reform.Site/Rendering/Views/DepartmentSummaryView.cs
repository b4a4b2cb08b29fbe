namespace Reform.Site.Rendering.Views;

public sealed record DepartmentSummaryView(LinkView Department, TextView? Bureau, int NodeCount);
