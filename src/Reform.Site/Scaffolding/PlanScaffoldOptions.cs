namespace Reform.Site.Scaffolding;

/// <summary>What a new plan folder needs to start: the municipality, the plan, its levels and
/// rating scale. Scale presets: a-d (A–D), symbol3 (◎○△), score (0–3), none.</summary>
public sealed record PlanScaffoldOptions(
    string Code,
    string PlanId,
    string MunicipalityJa,
    string MunicipalityEn,
    string TitleJa,
    string TitleEn,
    int From,
    int To,
    int Reported,
    IReadOnlyList<string> LevelsJa,
    IReadOnlyList<string> LevelsEn,
    string Scale);
