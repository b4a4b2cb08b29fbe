using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>IDs are unique, and no fact is stated twice (two ratings of the same node, year and
/// assessment would leave the site to pick one silently).</summary>
internal sealed class DuplicateRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        var p = c.Plan;
        Ids(c, p.Nodes.Select(n => (n.Id, n.Source)), "id");
        Ids(c, p.Departments.Select(d => (d.Id, d.Source)), "id");
        Ids(c, p.Kpis.Select(k => (k.Id, k.Source)), "id");
        Combos(c, p.Ratings.Select(r => ($"{r.NodeId}, {r.FiscalYear}, {r.AssessmentId}", r.Source)));
        Combos(c, p.Tallies.Select(t => ($"{t.NodeId}, {t.FiscalYear}, {t.AssessmentId}, {t.Rating}", t.Source)));
        Combos(c, p.NodeDepartments.Select(d => ($"{d.NodeId}, {d.DepartmentId}", d.Source)));
        Combos(c, p.KpiValues.Select(v => ($"{v.KpiId}, {v.FiscalYear}, {v.Kind}", v.Source)));
        Combos(c, p.Schedule.Select(s => ($"{s.NodeId}, {s.Row}, {s.FiscalYear}", s.Source)));
    }

    private static void Ids(PlanContext c, IEnumerable<(string Key, RowSource Source)> items, string column) =>
        Report(c, items, Codes.DuplicateId, column);

    private static void Combos(PlanContext c, IEnumerable<(string Key, RowSource Source)> items) =>
        Report(c, items, Codes.DuplicateCombination, null);

    private static void Report(PlanContext c, IEnumerable<(string Key, RowSource Source)> items, DiagnosticCode code, string? column)
    {
        var first = new Dictionary<string, RowSource>(StringComparer.Ordinal);
        foreach (var (key, source) in items)
        {
            if (!first.TryAdd(key, source))
                c.Report(code, source, column, value: key, expected: first[key].Row?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
