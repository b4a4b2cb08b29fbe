namespace Reform.Site.Scaffolding;

/// <summary>What a new plan folder needs to start: the municipality, the plan, its levels and
/// rating scale. Scale presets: a-d (A–D), symbol3 (◎○△), score (0–3), none.</summary>
internal sealed record PlanScaffoldOptions
{
    public required string Code { get; init; }
    public required string PlanId { get; init; }
    public required string MunicipalityJa { get; init; }
    public required string MunicipalityEn { get; init; }
    public required string TitleJa { get; init; }
    public required string TitleEn { get; init; }
    public required int From { get; init; }
    public required int To { get; init; }
    public required int Reported { get; init; }
    public required IReadOnlyList<string> LevelsJa { get; init; }
    public required IReadOnlyList<string> LevelsEn { get; init; }
    public required string Scale { get; init; }
}
