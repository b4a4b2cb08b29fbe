namespace Reform.Site.Rendering.Views;

internal sealed record PlanGroupView(PlanCardView Plan, IReadOnlyList<NodeSummaryView> Nodes);
