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
    string? MeanOf);
