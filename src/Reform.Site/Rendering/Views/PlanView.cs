namespace Reform.Site.Rendering.Views;

/// <summary>The plan overview: the plan, its hierarchy as a table, plan-wide figures.</summary>
internal sealed record PlanView
{
    public required PlanCardView Plan { get; init; }

    /// <summary>Each ordinal assessment's levels in its latest year, linking the lists by rating.</summary>
    public IReadOnlyList<RatingShortcutView> RatingShortcuts { get; init; } = [];

    /// <summary>The key points the page opens with: the reported year's distribution and the effects (as on the home page's card).</summary>
    public HeadlineView? Headline { get; init; }
    public required TextView? Description { get; init; }
    public required IReadOnlyList<TextView> Levels { get; init; }
    public required IReadOnlyList<TreeRowView> Tree { get; init; }
    public required IReadOnlyList<LinkView> Unplaced { get; init; }
    public required IReadOnlyList<TallyView> Tallies { get; init; }

    /// <summary>Counts over several years (推進期間4年間における…), kept apart from each year's.</summary>
    public IReadOnlyList<TallyView> SpanTallies { get; init; } = [];
    public required IReadOnlyList<EffectView> Effects { get; init; }

    /// <summary>KPIs of the whole plan (no node): 経常収支比率を96%未満に.</summary>
    public required IReadOnlyList<KpiView> Kpis { get; init; }

    /// <summary>Texts about the whole plan (no node): a closing list of outcomes, a note on the method.</summary>
    public required IReadOnlyList<TextSectionView> Texts { get; init; }
    public required IReadOnlyList<RelatedPlanView> RelatedPlans { get; init; }

    /// <summary>Ratings printed per tag, one table per year (テーマ別・評価集計).</summary>
    public required IReadOnlyList<TagTableView> TagTables { get; init; }
    public required IReadOnlyList<DistributionTableView> Distributions { get; init; }
    public required IReadOnlyList<YearComparisonView> YearComparisons { get; init; }
    public required IReadOnlyList<EffectComparisonView> EffectComparisons { get; init; }
}
