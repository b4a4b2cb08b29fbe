namespace Reform.Site.Rendering.Views;

/// <summary>The plan overview: the plan, its hierarchy as a table, plan-wide figures.</summary>
public sealed record PlanView(
    PlanCardView Plan,
    TextView? Description,
    IReadOnlyList<TextView> Levels,
    IReadOnlyList<TreeRowView> Tree,
    IReadOnlyList<LinkView> Unplaced,
    IReadOnlyList<TallyView> Tallies,
    IReadOnlyList<EffectView> Effects,
    IReadOnlyList<RelatedPlanView> RelatedPlans,
    IReadOnlyList<DistributionTableView> Distributions,
    IReadOnlyList<YearComparisonView> YearComparisons,
    IReadOnlyList<EffectComparisonView> EffectComparisons);
