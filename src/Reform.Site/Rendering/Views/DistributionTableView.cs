namespace Reform.Site.Rendering.Views;

/// <summary>Rating distributions of one assessment in one year: one row per node, the plan's
/// row last. Rendered as a bar chart and a real table with the same figures.</summary>
internal sealed record DistributionTableView(
    string Id,
    TextView Assessment,
    int FiscalYear,
    IReadOnlyList<LevelHeaderView> Levels,
    IReadOnlyList<DistributionRowView> Rows,
    DistributionRowView? Total)
{
    /// <summary>The published count of items not rated (out of scope or not yet rated), beside the
    /// rated total and not part of it; null when the city published none.</summary>
    public int? NotRated { get; init; }

    /// <summary>The largest count of the item rows: the end of the chart's scale, which every item
    /// row's bar is drawn against (0 when there are no item rows).</summary>
    public int ScaleMax => Rows.Select(r => r.Total).DefaultIfEmpty(0).Max();
}
