namespace Reform.Site.Rendering.Views;

/// <summary>One shared topic across every city: the nodes of each plan mapped to it, for the
/// cities on this page (<see cref="Pagination"/> is null when they all fit on one), and on the
/// first page the cities side by side (<see cref="Comparison"/>, empty on the others).</summary>
internal sealed record TopicPageView(string Id, TextView Name, TextView? Description, IReadOnlyList<PlanGroupView> Plans, PaginationView? Pagination)
{
    public IReadOnlyList<TopicComparisonRowView> Comparison { get; init; } = [];
}

/// <summary>A city's row in a topic's comparison: how many of its items the topic holds and how
/// the latest ratings of those items fall, on the assessment that rates most of them (each city
/// has its own scale, so the counts are compared, never the symbols).</summary>
internal sealed record TopicComparisonRowView
{
    public required PlanCardView Plan { get; init; }
    public required int Items { get; init; }
    public TextView? Assessment { get; init; }
    public TextView? HierarchyLevel { get; init; }
    public int? FiscalYear { get; init; }
    public IReadOnlyList<RatingLevelLinkView> Levels { get; init; } = [];
    public int Rated => Levels.Sum(l => l.Count);

    /// <summary>The levels given to at least one of the items.</summary>
    public IReadOnlyList<RatingLevelLinkView> Given => Levels.Where(l => l.Count > 0).ToList();
}
