namespace Reform.Site.Rendering.Views;

/// <summary>Published counts for one assessment and year: a count per scale level, the total,
/// and the items not rated, when the city published them.</summary>
internal sealed record TallyView(TextView Assessment, int FiscalYear, IReadOnlyList<TallyCellView> Cells, int? Total, int? NotRated = null)
{
    /// <summary>The first year of a count over several years; null for one year's count.</summary>
    public int? FromYear { get; init; }

    /// <summary>The date of a count taken during the year, as a reader says it; null for the year's count.</summary>
    public string? AsOf { get; init; }

    /// <summary>A count over several years or as of a date, shown apart from the year's counts.</summary>
    public bool IsApart => FromYear is not null || AsOf is not null;
}
