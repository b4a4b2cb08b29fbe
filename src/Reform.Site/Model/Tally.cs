using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A count the city published: how many initiatives under a node (or the whole plan
/// when <see cref="NodeId"/> is null) got a rating; <see cref="Rating"/> null is the total.</summary>
internal sealed record Tally(string? NodeId, int FiscalYear, string AssessmentId, string? Rating, int Count, RowSource Source)
{
    /// <summary>The rating of a count of items that were not rated (out of scope or not yet
    /// assessed: 「対象外項目4項目」), published beside the rated ones; not a level of any scale,
    /// and not part of the rated total.</summary>
    public const string NotRated = "not-rated";

    public bool IsNotRated => Rating == NotRated;

    /// <summary>The first year of a count over several years (推進期間4年間（平成29～令和2年度）);
    /// <see cref="FiscalYear"/> is then the last. Null for a count of one year.</summary>
    public int? FiscalYearFrom { get; init; }

    /// <summary>A count over several years: never compared or summed with one year's counts.</summary>
    public bool IsSpan => FiscalYearFrom is int from && from != FiscalYear;

    /// <summary>The date of a count taken during the year (令和4年6月末現在): YYYY-MM or YYYY-MM-DD;
    /// null for the year's count.</summary>
    public string? AsOf { get; init; }

    /// <summary>A count over several years or as of a date: shown apart, never compared with or
    /// added to the year's counts.</summary>
    public bool IsApart => IsSpan || AsOf is not null;

    /// <summary>What tells this count apart from the year's: its first year and its date.</summary>
    public (int? From, string? AsOf) Period => (IsSpan ? FiscalYearFrom : null, AsOf);
}
