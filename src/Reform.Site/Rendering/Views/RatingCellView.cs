namespace Reform.Site.Rendering.Views;

/// <summary>One rating as shown: the printed symbol or number and, for ordinal scales, the
/// level's meaning (so nothing is conveyed by a symbol alone), plus the written reason.</summary>
internal sealed record RatingCellView(int FiscalYear, string Display, TextView? Meaning, TextView? Reason)
{
    /// <summary>The level's full label (総合評価Ａ, 計画どおり) for an ordinal rating: the search filter's value.</summary>
    public string? Level { get; init; }

    /// <summary>The top of a numeric scale (3 for 0–3), so a score reads "2/3", not a bare "2".</summary>
    public string? OutOf { get; init; }
}
