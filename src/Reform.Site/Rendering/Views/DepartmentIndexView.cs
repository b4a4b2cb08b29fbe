namespace Reform.Site.Rendering.Views;

internal sealed record DepartmentIndexView(PlanCardView Plan, IReadOnlyList<DepartmentSummaryView> Departments);
