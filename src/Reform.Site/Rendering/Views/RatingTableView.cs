namespace Reform.Site.Rendering.Views;

/// <summary>A node's ratings: years as columns, assessments as rows; reasons listed below.</summary>
internal sealed record RatingTableView(IReadOnlyList<int> Years, IReadOnlyList<RatingRowView> Rows)
{
    public IEnumerable<(RatingRowView Row, RatingCellView Cell)> Reasons =>
        Rows.SelectMany(r => r.Cells.OfType<RatingCellView>().Where(c => c.Reason is not null).Select(c => (r, c)));

    public IReadOnlyList<ReasonView> ReasonList => Reasons.Select(x => new ReasonView(x.Row.Assessment, x.Cell.FiscalYear, x.Cell.Reason!)).ToList();
}
