using Reform.Site.Model;
using Reform.Site.Diagnostics;
using Reform.Site.Loading;

namespace Reform.Site.Loading;

/// <summary>Maps checked rows to typed records. A row whose required cells failed their checks
/// (already reported) is left out, so the model only ever holds well-typed data.</summary>
internal static class PlanBuilder
{
    public static Plan? Build(RawPlan raw)
    {
        if (raw.File is not { Municipality: { } municipality, Metadata: { } metadata } file) return null;
        return new Plan
        {
            Key = raw.Key,
            Municipality = municipality,
            Metadata = metadata,
            Levels = file.Levels,
            Evaluators = file.Evaluators,
            Scales = file.Scales,
            Assessments = file.Assessments,
            Tags = file.Tags,
            TextKinds = file.TextKinds,
            RelatedPlans = file.RelatedPlans,
            Nodes = Rows(raw, "nodes", r => r.Text("id") is { } id && r.Int("level") is int level && r.Localized("title") is { } title
                ? new Node { Id = id, ParentId = r.Text("parent_id"), Level = level, Number = r.Text("number"), Title = title, Tags = r.List("tags"), Topics = r.List("themes"), Continued = r.Bool("continued"), EndedFiscalYear = r.Int("ended_fy"), Source = RowSource.Of(r.Location) }
                : null),
            Departments = Rows(raw, "departments", r => r.Text("id") is { } id && r.Localized("name") is { } name
                ? new Department(id, name, r.Localized("bureau"), RowSource.Of(r.Location))
                : null),
            NodeDepartments = Rows(raw, "node_departments", r => r.Text("node_id") is { } n && r.Text("department_id") is { } d
                ? new NodeDepartment(n, d, r.Text("role"), RowSource.Of(r.Location))
                : null),
            Ratings = Rows(raw, "ratings", r => r.Text("node_id") is { } n && r.Int("fiscal_year") is int fy && r.Text("assessment") is { } a && r.Text("value") is { } v
                ? new Rating(n, fy, a, v, r.Localized("reason"), RowSource.Of(r.Location))
                : null),
            Tallies = Rows(raw, "tallies", r => r.Int("fiscal_year") is int fy && r.Text("assessment") is { } a && r.Int("count") is int c
                ? new Tally(r.Text("node_id"), fy, a, r.Text("rating"), c, RowSource.Of(r.Location))
                : null),
            Effects = Rows(raw, "effects", BuildEffect),
            Kpis = Rows(raw, "kpis", r => r.Text("id") is { } id && r.Text("node_id") is { } n && r.Localized("name") is { } name
                ? new Kpi { Id = id, NodeId = n, Name = name, Unit = r.Localized("unit"), Baseline = r.Number("baseline"), BaselineFiscalYear = r.Int("baseline_fy"), Target = r.Number("target"), TargetFiscalYear = r.Int("target_fy"), Direction = r.Text("direction"), Source = RowSource.Of(r.Location) }
                : null),
            KpiValues = Rows(raw, "kpi_values", r => r.Text("kpi_id") is { } k && r.Int("fiscal_year") is int fy && Kind(r) is { } kind && r.Number("value") is decimal v
                ? new KpiValue(k, fy, kind, v, r.Localized("note"), RowSource.Of(r.Location))
                : null),
            Schedule = Rows(raw, "schedule", r => r.Text("node_id") is { } n && r.Int("row") is int row && r.Int("fiscal_year") is int fy
                ? new ScheduleEntry(n, row, r.Localized("task"), fy, r.Localized("entry"), r.Text("status"), RowSource.Of(r.Location))
                : null),
            Texts = Rows(raw, "texts", r => r.Text("node_id") is { } n && r.Text("kind") is { } k && r.Localized("text") is { } t
                ? new TextSection(n, r.Int("fiscal_year"), k, r.Text("department_id"), r.Int("item"), t, RowSource.Of(r.Location))
                : null),
        };
    }

    public static IReadOnlyList<Topic> BuildTopics(Table topics) =>
        topics.Rows.Select(r => r.Text("id") is { } id && r.Localized("name") is { } name
            ? new Topic(id, name, r.Localized("description"), RowSource.Of(r.Location))
            : null).OfType<Topic>().ToList();

    private static Effect? BuildEffect(TableRow r)
    {
        if (r.Int("fy_from") is not int from || r.Int("fy_to") is not int to || Kind(r) is not { } kind) return null;
        var amount = r.Number("amount") is decimal a && r.Text("unit") is { } unit ? new Money(a, unit) : null;
        return new Effect(r.Text("node_id"), from, to, kind, amount, r.Bool("approximate") ?? false, r.Localized("text"), RowSource.Of(r.Location));
    }

    private static EffectKind? Kind(TableRow r) => EffectKinds.Parse(r.Text("kind"));

    private static IReadOnlyList<T> Rows<T>(RawPlan raw, string table, Func<TableRow, T?> map) where T : class =>
        raw.Table(table).Rows.Select(map).OfType<T>().ToList();
}
