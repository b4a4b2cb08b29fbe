namespace Reform.Site.Rendering.Views;

public sealed record PlanGroupView(PlanCardView Plan, IReadOnlyList<NodeSummaryView> Nodes);
