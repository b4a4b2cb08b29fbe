namespace Reform.Site.Model;

/// <summary>One thing that is rated (進捗度, 総合評価, 審議会評価), by whom, on which scale.
/// <see cref="SumOf"/> and <see cref="MeanOf"/> state how it must agree with other ratings.</summary>
internal sealed record Assessment(
    string Id,
    string EvaluatorId,
    LocalizedText Name,
    string ScaleId,
    LocalizedText? Description,
    IReadOnlyList<string> SumOf,
    string? MeanOf)
{
    /// <summary>The years from which the assessment's scale or criteria changed (「評価基準を明確化し…」):
    /// a comparison across one is not a like-for-like difference.</summary>
    public IReadOnlyList<MethodChange> MethodChanges { get; init; } = [];

    /// <summary>The change between <paramref name="from"/> and <paramref name="to"/> (after the
    /// first year, up to the last), or null when the method stayed the same.</summary>
    public MethodChange? ChangeBetween(int from, int to) => MethodChanges.FirstOrDefault(change => change.FiscalYear > from && change.FiscalYear <= to);
}

/// <summary>From <see cref="FiscalYear"/> on, the assessment was made by another method or scale.</summary>
internal sealed record MethodChange(int FiscalYear, LocalizedText Note);
