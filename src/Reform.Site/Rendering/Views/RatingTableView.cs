namespace Reform.Site.Rendering.Views;

/// <summary>A node's ratings: periods as columns (each year, and apart from them a run of years or
/// a date during a year), assessments as rows; reasons listed below.</summary>
internal sealed record RatingTableView(IReadOnlyList<RatingColumnView> Columns, IReadOnlyList<RatingRowView> Rows)
{
    /// <summary>The fiscal years the ratings are of (the search filter's years).</summary>
    public IReadOnlyList<int> Years => Columns.Select(c => c.FiscalYear).Distinct().ToList();

    public IEnumerable<(RatingRowView Row, RatingColumnView Column, RatingCellView Cell)> Reasons =>
        Rows.SelectMany(r => r.Cells.Select((cell, i) => (r, Columns[i], cell)).Where(x => x.cell?.Reason is not null).Select(x => (x.r, x.Item2, x.cell!)));

    public IReadOnlyList<ReasonView> ReasonList => Reasons.Select(x => new ReasonView(x.Row.Assessment, x.Column, x.Cell.Reason!)).ToList();
}
