using Reform.Site.Model;

namespace Reform.Site.Loading;

/// <summary>What plan.json holds, read and type-checked. Null parts were missing or invalid
/// (and reported).</summary>
internal sealed record PlanFile
{
    public required Municipality? Municipality { get; init; }
    public required PlanMetadata? Metadata { get; init; }
    public required IReadOnlyList<Level> Levels { get; init; }
    public required IReadOnlyList<Evaluator> Evaluators { get; init; }
    public required IReadOnlyList<RatingScale> Scales { get; init; }
    public required IReadOnlyList<Assessment> Assessments { get; init; }
    public required IReadOnlyList<Tag> Tags { get; init; }
    public required IReadOnlyList<TextKind> TextKinds { get; init; }
    public required IReadOnlyList<RelatedPlan> RelatedPlans { get; init; }
}
