using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>Every reference points at something that exists: nodes, departments, assessments,
/// text kinds, tags, topics, KPIs.</summary>
internal sealed class ReferenceRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        var p = c.Plan;
        // IDs come from the raw tables, so a row dropped for another error (a bad level, say)
        // still counts as existing; an unreadable table disables the check altogether.
        var nodes = KnownIds(c, "nodes");
        var departments = KnownIds(c, "departments");
        var assessments = p.Assessments.Select(assessment => assessment.Id).ToHashSet(StringComparer.Ordinal);
        var kinds = p.TextKinds.Select(kind => kind.Id).ToHashSet(StringComparer.Ordinal);
        var tags = p.Tags.Select(tag => tag.Id).ToHashSet(StringComparer.Ordinal);
        var kpis = KnownIds(c, "kpis");

        var sources = p.Metadata.Sources.Select(source => source.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (row, id) in p.Provenance.OrderBy(entry => entry.Key.File, StringComparer.Ordinal).ThenBy(entry => entry.Key.RowNumber))
            Ref(c, sources, id, row, "source", "source (plan.json plan.sources)");
        foreach (var n in p.Nodes)
        {
            Ref(c, nodes, n.ParentId, n.Source, "parent_id", "node");
            Ref(c, nodes, n.MergedInto, n.Source, "merged_into", "node");
            foreach (var t in n.Tags) Ref(c, tags, t, n.Source, "tags", "tag (plan.json tags)");
            foreach (var t in n.Topics) Ref(c, c.TopicIds, t, n.Source, "themes", "theme (data/themes.csv)");
        }
        foreach (var d in p.NodeDepartments)
        {
            Ref(c, nodes, d.NodeId, d.Source, "node_id", "node");
            Ref(c, departments, d.DepartmentId, d.Source, "department_id", "department");
        }
        foreach (var r in p.Ratings)
        {
            Ref(c, nodes, r.NodeId, r.Source, "node_id", "node");
            Ref(c, assessments, r.AssessmentId, r.Source, "assessment", "assessment (plan.json assessments)");
        }
        foreach (var t in p.TagRatings)
        {
            Ref(c, tags, t.TagId, t.Source, "tag", "tag (plan.json tags)");
            Ref(c, assessments, t.AssessmentId, t.Source, "assessment", "assessment (plan.json assessments)");
        }
        foreach (var t in p.Tallies)
        {
            Ref(c, nodes, t.NodeId, t.Source, "node_id", "node");
            Ref(c, assessments, t.AssessmentId, t.Source, "assessment", "assessment (plan.json assessments)");
        }
        foreach (var e in p.Effects) Ref(c, nodes, e.NodeId, e.Source, "node_id", "node");
        foreach (var k in p.Kpis) Ref(c, nodes, k.NodeId, k.Source, "node_id", "node");
        foreach (var v in p.KpiValues) Ref(c, kpis, v.KpiId, v.Source, "kpi_id", "KPI");
        foreach (var s in p.Schedule) Ref(c, nodes, s.NodeId, s.Source, "node_id", "node");
        foreach (var t in p.Texts)
        {
            Ref(c, nodes, t.NodeId, t.Source, "node_id", "node");
            Ref(c, kinds, t.KindId, t.Source, "kind", "text kind (plan.json text_kinds)");
            Ref(c, departments, t.DepartmentId, t.Source, "department_id", "department");
        }
    }

    private static void Ref(PlanContext c, IReadOnlySet<string>? known, string? id, SourceLocation at, string column, string what)
    {
        if (known is null || id is null || known.Contains(id)) return;
        // What a spreadsheet made of a known code (001 → 1) is the likeliest meaning; else the
        // nearest spelling. The valid values are listed, so the fix is in the message itself.
        var original = SpreadsheetChange.Original(id, known);
        var more = new Dictionary<string, string>(StringComparer.Ordinal) { ["known"] = SpreadsheetChange.List(known), ["expected_ja"] = InJapanese(what) };
        if ((original ?? SpreadsheetChange.Nearest(id, known)) is { } nearest) more["nearest"] = nearest;
        c.Report(Codes.UnknownReference, at, column, value: id, expected: what, more: more);
        if (original is not null) c.Report(Codes.SpreadsheetChangedValue, at, column, value: id, expected: original);
    }

    /// <summary>What a reference points at, as the Japanese message names it.</summary>
    private static string InJapanese(string what) => what switch
    {
        "node" => "取組（nodes.csv の id）",
        "department" => "担当課（departments.csv の id）",
        "KPI" => "KPI（kpis.csv の id）",
        "tag (plan.json tags)" => "タグ（plan.json の tags）",
        "theme (data/themes.csv)" => "テーマ（data/themes.csv）",
        "assessment (plan.json assessments)" => "評価（plan.json の assessments）",
        "text kind (plan.json text_kinds)" => "文章の種類（plan.json の text_kinds）",
        "source (plan.json plan.sources)" => "出典（plan.json の plan.sources）",
        _ => what,
    };

    private static HashSet<string>? KnownIds(PlanContext c, string table) =>
        c.Raw.Table(table) is { Readable: true } t ? t.Values("id").ToHashSet(StringComparer.Ordinal) : null;
}
