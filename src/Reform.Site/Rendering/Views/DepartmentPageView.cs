namespace Reform.Site.Rendering.Views;

/// <summary>A department of a plan: the nodes it is responsible for.</summary>
internal sealed record DepartmentPageView(PlanCardView Plan, TextView Name, TextView? Bureau, IReadOnlyList<NodeSummaryView> Nodes);
