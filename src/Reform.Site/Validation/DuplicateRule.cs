using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>IDs are unique, and no fact is stated twice (two ratings of the same node, year and
/// assessment would leave the site to pick one silently).</summary>
internal sealed class DuplicateRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        var p = c.Plan;
        Ids(c, p.Nodes.Select(node => (node.Id, node.Source)), "id");
        Ids(c, p.Departments.Select(department => (department.Id, department.Source)), "id");
        Ids(c, p.Kpis.Select(kpi => (kpi.Id, kpi.Source)), "id");
        Combos(c, p.Ratings.Select(rating => ($"{rating.NodeId}, {Years(rating.Period, rating.FiscalYear)}, {rating.AssessmentId}", rating.Source)));
        Combos(c, p.Tallies.Select(tally => ($"{tally.NodeId}, {Years(tally.Period, tally.FiscalYear)}, {tally.AssessmentId}, {tally.Rating}", tally.Source)));
        Combos(c, p.TagRatings.Select(rating => ($"{rating.TagId}, {Years(rating.Period, rating.FiscalYear)}, {rating.AssessmentId}", rating.Source)));
        Combos(c, p.NodeDepartments.Select(nodeDepartment => ($"{nodeDepartment.NodeId}, {nodeDepartment.DepartmentId}", nodeDepartment.Source)));
        Combos(c, p.KpiValues.Select(kpiValue => ($"{kpiValue.KpiId}, {kpiValue.FiscalYear}, {kpiValue.Kind}", kpiValue.Source)));
        Combos(c, p.Schedule.Select(entry => ($"{entry.NodeId}, {entry.Row}, {entry.FiscalYear}", entry.Source)));
    }

    /// <summary>The years a rating or a count is for, as the message names them: 2021, 2017–2020 or 2021 (2021-06).</summary>
    private static string Years((int? From, string? AsOf) period, int year) =>
        $"{(period.From is int from ? $"{from}–" : "")}{year}{(period.AsOf is { } asOf ? $" ({asOf})" : "")}";

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
