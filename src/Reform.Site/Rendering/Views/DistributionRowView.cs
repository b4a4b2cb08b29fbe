namespace Reform.Site.Rendering.Views;

/// <summary>A row of a rating-distribution table: a node (or the plan) with a count and share
/// per level, where the numbers come from, and whether they agree with the item data.</summary>
internal sealed record DistributionRowView(
    LinkView? Node,
    IReadOnlyList<int> Counts,
    IReadOnlyList<string> Percents,
    int Total,
    string Source,
    string Check,
    int IndividuallyRated,
    IReadOnlyList<BarSegmentView> Bars)
{
    /// <summary>The bar's length in the chart (0–100): the row's <see cref="Total"/> against the
    /// largest item row's (<see cref="DistributionTableView.ScaleMax"/>), so that a row of one
    /// item is drawn a seventh as long as a row of seven (issue 22: 100 %-stacked bars made them
    /// look alike). The plan's total row is drawn full length, apart from the items' scale.</summary>
    public decimal Length { get; init; } = 100;
}
