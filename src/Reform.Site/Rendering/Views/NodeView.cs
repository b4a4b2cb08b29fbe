namespace Reform.Site.Rendering.Views;

/// <summary>Everything a node page shows, resolved for one language.</summary>
public sealed record NodeView(
    PlanCardView Plan,
    string Id,
    string? Number,
    TextView Title,
    TextView? LevelName,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<DepartmentView> Departments,
    IReadOnlyList<TextView> Tags,
    IReadOnlyList<LinkView> Themes,
    bool? Continued,
    int? EndedFiscalYear,
    RatingTableView? Ratings,
    IReadOnlyList<TallyView> Tallies,
    IReadOnlyList<EffectView> Effects,
    IReadOnlyList<KpiView> Kpis,
    ScheduleView? Schedule,
    IReadOnlyList<TextSectionView> Texts,
    IReadOnlyList<LinkView> Children,
    TextView? ChildLevelName,
    LinkView? Previous,
    LinkView? Next,
    bool Unplaced,
    IReadOnlyList<DistributionTableView> Distributions,
    IReadOnlyList<EffectComparisonView> EffectComparisons);
