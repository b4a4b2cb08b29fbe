namespace Reform.Site.Rendering.Views;

public sealed record DepartmentIndexView(PlanCardView Plan, IReadOnlyList<DepartmentSummaryView> Departments);
