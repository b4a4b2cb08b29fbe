using Reform.Site.Diagnostics;
using Reform.Site.Model;

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
            Provenance = Provenance(raw),
            Nodes = Rows(raw, "nodes", row => row.Text("id") is { } id && row.Int("level") is int level && row.Localized("title") is { } title
                ? new Node { Id = id, ParentId = row.Text("parent_id"), Level = level, Number = row.Text("number"), Title = title, Tags = row.List("tags"), Topics = row.List("themes"), Continued = row.Bool("continued"), EndedFiscalYear = row.Int("ended_fy"), AddedFiscalYear = row.Int("added_fy"), MergedInto = row.Text("merged_into"), Source = RowSource.Of(row.Location) }
                : null),
            Departments = Rows(raw, "departments", row => row.Text("id") is { } id && row.Localized("name") is { } name
                ? new Department(id, name, row.Localized("bureau"), RowSource.Of(row.Location))
                : null),
            NodeDepartments = Rows(raw, "node_departments", row => row.Text("node_id") is { } n && row.Text("department_id") is { } d
                ? new NodeDepartment(n, d, row.Text("role"), RowSource.Of(row.Location))
                : null),
            Ratings = Rows(raw, "ratings", row => row.Text("node_id") is { } n && row.Int("fiscal_year") is int fy && row.Text("assessment") is { } a && row.Text("value") is { } v
                ? new Rating(n, fy, a, v, row.Localized("reason"), RowSource.Of(row.Location)) { FiscalYearFrom = row.Int("fy_from"), AsOf = row.Text("as_of") }
                : null),
            Tallies = Rows(raw, "tallies", row => row.Int("fiscal_year") is int fy && row.Text("assessment") is { } a && row.Int("count") is int c
                ? new Tally(row.Text("node_id"), fy, a, row.Text("rating"), c, RowSource.Of(row.Location)) { FiscalYearFrom = row.Int("fy_from"), AsOf = row.Text("as_of") }
                : null),
            TagRatings = Rows(raw, "tag_ratings", row => row.Text("tag") is { } tag && row.Int("fiscal_year") is int fy && row.Text("assessment") is { } a && row.Text("value") is { } v
                ? new TagRating(tag, fy, a, v, RowSource.Of(row.Location)) { FiscalYearFrom = row.Int("fy_from"), AsOf = row.Text("as_of") }
                : null),
            Effects = Rows(raw, "effects", BuildEffect),
            Kpis = Rows(raw, "kpis", row => row.Text("id") is { } id && row.Localized("name") is { } name
                ? new Kpi { Id = id, NodeId = row.Text("node_id"), Name = name, Unit = row.Localized("unit"), Baseline = row.Number("baseline"), BaselineFiscalYear = row.Int("baseline_fy"), Target = row.Number("target"), TargetFiscalYear = row.Int("target_fy"), Direction = row.Text("direction"), Comparison = TargetComparisons.Parse(row.Text("target_comparison")), Source = RowSource.Of(row.Location) }
                : null),
            KpiValues = Rows(raw, "kpi_values", row => row.Text("kpi_id") is { } k && row.Int("fiscal_year") is int fy && Kind(row) is { } kind && row.Number("value") is decimal v
                ? new KpiValue(k, fy, kind, v, row.Localized("note"), RowSource.Of(row.Location))
                : null),
            Schedule = Rows(raw, "schedule", scheduleRow => scheduleRow.Text("node_id") is { } n && scheduleRow.Int("row") is int row && scheduleRow.Int("fiscal_year") is int fy
                ? new ScheduleEntry(n, row, scheduleRow.Localized("task"), fy, scheduleRow.Localized("entry"), scheduleRow.Text("status"), RowSource.Of(scheduleRow.Location))
                : null),
            Texts = Rows(raw, "texts", row => row.Text("kind") is { } k && row.Localized("text") is { } t
                ? new TextSection(row.Text("node_id"), row.Int("fiscal_year"), k, row.Text("department_id"), row.Int("item"), t, RowSource.Of(row.Location))
                : null),
        };
    }

    public static IReadOnlyList<Topic> BuildTopics(Table topics) =>
        topics.Rows.Select(row => row.Text("id") is { } id && row.Localized("name") is { } name
            ? new Topic(id, name, row.Localized("description"), RowSource.Of(row.Location))
            : null).OfType<Topic>().ToList();

    private static Effect? BuildEffect(TableRow r)
    {
        if (r.Int("fy_from") is not int from || r.Int("fy_to") is not int to || Kind(r) is not { } kind) return null;
        var amount = r.Number("amount") is decimal a && r.Text("unit") is { } unit ? new Money(a, unit) : null;
        return new Effect(r.Text("node_id"), from, to, kind, amount, r.Bool("approximate") ?? false, r.Localized("text"), RowSource.Of(r.Location))
        {
            Measure = EffectMeasures.Parse(r.Text("measure"), from, to),
            BaseFiscalYear = r.Int("base_fy"),
            PlansCovered = r.Localized("plans"),
        };
    }

    private static EffectKind? Kind(TableRow r) => EffectKinds.Parse(r.Text("kind"));

    /// <summary>Every row whose <c>source</c> column names a publication, by where it was read.</summary>
    private static IReadOnlyDictionary<RowSource, string> Provenance(RawPlan raw)
    {
        var found = new Dictionary<RowSource, string>();
        foreach (var table in raw.Tables.Values.Where(table => table.Columns.Contains("source")))
            foreach (var row in table.Rows)
                if (row.Text("source") is { Length: > 0 } id) found[RowSource.Of(row.Location)] = id;
        return found;
    }

    private static IReadOnlyList<T> Rows<T>(RawPlan raw, string table, Func<TableRow, T?> map) where T : class =>
        raw.Table(table).Rows.Select(map).OfType<T>().ToList();
}
