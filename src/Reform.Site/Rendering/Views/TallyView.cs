namespace Reform.Site.Rendering.Views;

/// <summary>Published counts for one assessment and year: a count per scale level, the total,
/// and the items not rated, when the city published them.</summary>
internal sealed record TallyView(TextView Assessment, int FiscalYear, IReadOnlyList<TallyCellView> Cells, int? Total, int? NotRated = null)
{
    /// <summary>The first year of a count over several years; null for one year's count.</summary>
    public int? FromYear { get; init; }
}
