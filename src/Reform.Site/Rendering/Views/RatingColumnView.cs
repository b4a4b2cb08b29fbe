namespace Reform.Site.Rendering.Views;

/// <summary>One column of a node's ratings table: a fiscal year, a run of years (a final
/// evaluation over 平成29～令和2年度: <see cref="FromYear"/> to <see cref="FiscalYear"/>), or a date
/// during the year (<see cref="AsOf"/>, YYYY-MM for the end of a month or YYYY-MM-DD).</summary>
internal sealed record RatingColumnView(int FiscalYear)
{
    /// <summary>The first year of a rating over several years; null for one year's.</summary>
    public int? FromYear { get; init; }

    /// <summary>The date of a rating made during the year; null for the year's.</summary>
    public string? AsOf { get; init; }

    /// <summary>Whether <see cref="AsOf"/> names a month, meaning its end (「6月末時点」).</summary>
    public bool AsOfMonthEnd => AsOf is { Length: 7 };
}
