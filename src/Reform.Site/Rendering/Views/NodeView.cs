namespace Reform.Site.Rendering.Views;

/// <summary>Everything a node page shows, resolved for one language.</summary>
internal sealed record NodeView
{
    public required PlanCardView Plan { get; init; }
    public required string Id { get; init; }
    public required string? Number { get; init; }
    public required TextView Title { get; init; }
    public required TextView? LevelName { get; init; }
    public required IReadOnlyList<LinkView> Breadcrumbs { get; init; }
    public required IReadOnlyList<DepartmentView> Departments { get; init; }
    public required IReadOnlyList<TextView> Tags { get; init; }
    public required IReadOnlyList<LinkView> Topics { get; init; }
    public required bool? Continued { get; init; }
    public required int? EndedFiscalYear { get; init; }

    /// <summary>The fiscal year the item was added during the plan, if it was.</summary>
    public int? AddedFiscalYear { get; init; }

    /// <summary>The item this one was merged into (集約先), if any.</summary>
    public LinkView? MergedInto { get; init; }

    /// <summary>The items merged into this one (集約した項目).</summary>
    public IReadOnlyList<LinkView> MergedFrom { get; init; } = [];
    public required RatingTableView? Ratings { get; init; }
    public required IReadOnlyList<TallyView> Tallies { get; init; }
    public required IReadOnlyList<EffectView> Effects { get; init; }
    public required IReadOnlyList<KpiView> Kpis { get; init; }
    public required ScheduleView? Schedule { get; init; }
    public required IReadOnlyList<TextSectionView> Texts { get; init; }

    /// <summary>Publications besides the report that some of this node's rows came from.</summary>
    public IReadOnlyList<SourceView> Sources { get; init; } = [];

    /// <summary>Counts over several years, kept apart from each year's.</summary>
    public IReadOnlyList<TallyView> SpanTallies { get; init; } = [];
    public required IReadOnlyList<LinkView> Children { get; init; }
    public required TextView? ChildLevelName { get; init; }
    public required LinkView? Previous { get; init; }
    public required LinkView? Next { get; init; }
    public required bool Unplaced { get; init; }
    public required IReadOnlyList<DistributionTableView> Distributions { get; init; }
    public required IReadOnlyList<EffectComparisonView> EffectComparisons { get; init; }
}
