using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>One rating of one node for one fiscal year on one assessment. <see cref="Value"/>
/// is the level code (ordinal) or the number as written (numeric).</summary>
internal sealed record Rating(string NodeId, int FiscalYear, string AssessmentId, string Value, LocalizedText? Reason, RowSource Source)
{
    /// <summary>The first year of a rating over several years (a final evaluation of the plan's
    /// 推進期間4年間（平成29～令和2年度）); <see cref="FiscalYear"/> is then the last. Null for a
    /// rating of one year.</summary>
    public int? FiscalYearFrom { get; init; }

    /// <summary>A rating over several years: never shown, counted or compared as one year's.</summary>
    public bool IsSpan => FiscalYearFrom is int from && from != FiscalYear;

    /// <summary>The date of a rating made during the year (令和3年6月末時点): YYYY-MM or
    /// YYYY-MM-DD; null for the year's rating.</summary>
    public string? AsOf { get; init; }

    /// <summary>A rating over several years or as of a date: shown apart, never counted into or
    /// compared with the year's ratings.</summary>
    public bool IsApart => IsSpan || AsOf is not null;

    /// <summary>What tells this rating apart from the year's: its first year and its date.</summary>
    public (int? From, string? AsOf) Period => (IsSpan ? FiscalYearFrom : null, AsOf);
}
