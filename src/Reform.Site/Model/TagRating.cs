using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A rating the report printed for one of the plan's own tags as a whole (苫小牧市's
/// テーマ別・評価集計: theme Ⅰ, 39 practice items, progress 2.1 on average), for one fiscal year on
/// one assessment. A number on a numeric scale is the mean over the nodes carrying the tag.</summary>
internal sealed record TagRating(string TagId, int FiscalYear, string AssessmentId, string Value, RowSource Source)
{
    /// <summary>The first year of a rating over several years; <see cref="FiscalYear"/> is then
    /// the last. Null for a rating of one year.</summary>
    public int? FiscalYearFrom { get; init; }

    /// <summary>A rating over several years: never shown or compared as one year's.</summary>
    public bool IsSpan => FiscalYearFrom is int from && from != FiscalYear;

    /// <summary>The date of a rating made during the year: YYYY-MM or YYYY-MM-DD; null for the year's.</summary>
    public string? AsOf { get; init; }

    /// <summary>What tells this rating apart from the year's: its first year and its date.</summary>
    public (int? From, string? AsOf) Period => (IsSpan ? FiscalYearFrom : null, AsOf);
}
