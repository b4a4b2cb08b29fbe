namespace Reform.Site.Rendering.Views;

/// <summary>Rating distributions of one assessment in one year: one row per node, the plan's
/// row last. Rendered as an SVG chart and a real table with the same figures.</summary>
internal sealed record DistributionTableView(
    string Id,
    TextView Assessment,
    int FiscalYear,
    IReadOnlyList<LevelHeaderView> Levels,
    IReadOnlyList<DistributionRowView> Rows,
    DistributionRowView? Total)
{
    public IReadOnlyList<DistributionRowView> ChartRows => Total is null ? Rows : [.. Rows, Total];

    /// <summary>The published count of items not rated (out of scope or not yet rated), beside the
    /// rated total and not part of it; null when the city published none.</summary>
    public int? NotRated { get; init; }
}
