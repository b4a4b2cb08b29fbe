namespace Reform.Site.Rendering.Views;

/// <summary>The plan overview: the plan, its hierarchy as a table, plan-wide figures.</summary>
internal sealed record PlanView
{
    public required PlanCardView Plan { get; init; }
    public required TextView? Description { get; init; }
    public required IReadOnlyList<TextView> Levels { get; init; }
    public required IReadOnlyList<TreeRowView> Tree { get; init; }
    public required IReadOnlyList<LinkView> Unplaced { get; init; }
    public required IReadOnlyList<TallyView> Tallies { get; init; }
    public required IReadOnlyList<EffectView> Effects { get; init; }
    public required IReadOnlyList<RelatedPlanView> RelatedPlans { get; init; }
    public required IReadOnlyList<DistributionTableView> Distributions { get; init; }
    public required IReadOnlyList<YearComparisonView> YearComparisons { get; init; }
    public required IReadOnlyList<EffectComparisonView> EffectComparisons { get; init; }
}
