using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>One published report of one plan, as typed immutable data. <see cref="Key"/> is the
/// folder name (<c>041009-sendai-keiei-plan</c>) and the plan's URL segment.</summary>
internal sealed record Plan
{
    public required string Key { get; init; }
    public required Municipality Municipality { get; init; }
    public required PlanMetadata Metadata { get; init; }
    public required IReadOnlyList<Level> Levels { get; init; }
    public required IReadOnlyList<Evaluator> Evaluators { get; init; }
    public required IReadOnlyList<RatingScale> Scales { get; init; }
    public required IReadOnlyList<Assessment> Assessments { get; init; }
    public required IReadOnlyList<Tag> Tags { get; init; }
    public required IReadOnlyList<TextKind> TextKinds { get; init; }
    public required IReadOnlyList<RelatedPlan> RelatedPlans { get; init; }
    public required IReadOnlyList<Node> Nodes { get; init; }
    public required IReadOnlyList<Department> Departments { get; init; }
    public required IReadOnlyList<NodeDepartment> NodeDepartments { get; init; }
    public required IReadOnlyList<Rating> Ratings { get; init; }
    public required IReadOnlyList<Tally> Tallies { get; init; }

    /// <summary>Ratings printed per tag (tag_ratings.csv, optional: most plans have none).</summary>
    public IReadOnlyList<TagRating> TagRatings { get; init; } = [];
    public required IReadOnlyList<Effect> Effects { get; init; }
    public required IReadOnlyList<Kpi> Kpis { get; init; }
    public required IReadOnlyList<KpiValue> KpiValues { get; init; }
    public required IReadOnlyList<ScheduleEntry> Schedule { get; init; }
    public required IReadOnlyList<TextSection> Texts { get; init; }

    /// <summary>A digest of <see cref="Texts"/> (Japanese and English, in order), taken when a
    /// build put them in its <see cref="TextStore"/>; null otherwise. What depends on every text of
    /// every plan (the SQLite full-text piece's key) asks for this, not for the texts, which would
    /// be read back from the store.</summary>
    public string? TextsDigest { get; init; }

    /// <summary>The publication each row came from, where its <c>source</c> column names one of
    /// <see cref="PlanMetadata.Sources"/>; a row not listed came from <see cref="PlanMetadata.Source"/>.
    /// Kept beside the records rather than in each: most rows of most plans have none.</summary>
    public IReadOnlyDictionary<RowSource, string> Provenance { get; init; } = new Dictionary<RowSource, string>();

    /// <summary>The publication a record's row came from: one of plan.sources, or null for the report itself.</summary>
    public ExtraSource? SourceOf(RowSource row) =>
        Provenance.TryGetValue(row, out var id) ? Metadata.Sources.FirstOrDefault(s => s.Id == id) : null;

    /// <summary>Each plan instance's lookups, kept beside the record rather than in a field of it:
    /// a field would be copied by <c>with</c>, leaving the copy with the original's index.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plan, PlanIndex> Indexes = [];

    /// <summary>Lookups over the plan (children, ancestors, ratings per node), built once per instance.</summary>
    public PlanIndex Index => Indexes.GetValue(this, plan => new PlanIndex(plan));

    public Level? LevelAt(int depth) => Levels.FirstOrDefault(l => l.Depth == depth);

    public Assessment? Assessment(string id) => Assessments.FirstOrDefault(a => a.Id == id);

    public RatingScale? Scale(string id) => Scales.FirstOrDefault(s => s.Id == id);

    public RatingScale? ScaleOf(string assessmentId) => Assessment(assessmentId) is { } a ? Scale(a.ScaleId) : null;
}
