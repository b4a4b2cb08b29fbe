using Reform.Site.Model;

namespace Reform.Site.Loading;

/// <summary>What plan.json holds, read and type-checked. Null parts were missing or invalid
/// (and reported).</summary>
public sealed record PlanFile(
    Municipality? Municipality,
    PlanMetadata? Metadata,
    IReadOnlyList<Level> Levels,
    IReadOnlyList<Evaluator> Evaluators,
    IReadOnlyList<RatingScale> Scales,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<TextKind> TextKinds,
    IReadOnlyList<RelatedPlan> RelatedPlans);
