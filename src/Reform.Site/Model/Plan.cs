namespace Reform.Site.Model;

/// <summary>One published report of one plan, as typed immutable data. <see cref="Key"/> is the
/// folder name (<c>041009-sendai-keiei-plan</c>) and the plan's URL segment.</summary>
public sealed record Plan(
    string Key,
    Municipality Municipality,
    PlanMetadata Metadata,
    IReadOnlyList<Level> Levels,
    IReadOnlyList<Evaluator> Evaluators,
    IReadOnlyList<RatingScale> Scales,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<TextKind> TextKinds,
    IReadOnlyList<RelatedPlan> RelatedPlans,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<NodeDepartment> NodeDepartments,
    IReadOnlyList<Rating> Ratings,
    IReadOnlyList<Tally> Tallies,
    IReadOnlyList<Effect> Effects,
    IReadOnlyList<Kpi> Kpis,
    IReadOnlyList<KpiValue> KpiValues,
    IReadOnlyList<ScheduleEntry> Schedule,
    IReadOnlyList<TextSection> Texts)
{
    private PlanIndex? _index;

    /// <summary>Lookups over the plan (children, ancestors, ratings per node), built once.</summary>
    public PlanIndex Index => _index ??= new PlanIndex(this);

    public Level? LevelAt(int depth) => Levels.FirstOrDefault(l => l.Depth == depth);

    public Assessment? Assessment(string id) => Assessments.FirstOrDefault(a => a.Id == id);

    public RatingScale? Scale(string id) => Scales.FirstOrDefault(s => s.Id == id);

    public RatingScale? ScaleOf(string assessmentId) => Assessment(assessmentId) is { } a ? Scale(a.ScaleId) : null;
}
