using System.Globalization;
using Reform.Site.Model;

namespace Reform.Site.Changes;

/// <summary>Compares two versions of the data, plan by plan, and lists per node what changed:
/// titles and structure, departments, ratings, counts, effects, KPI values, schedule and texts.
/// Facts are matched by their natural key (node, year, assessment, …), so reordering is not a
/// change but a corrected value is.</summary>
internal static class DataDiff
{
    public static IReadOnlyList<PlanChanges> Compare(DataSet before, DataSet after)
    {
        var result = new List<PlanChanges>();
        var keys = before.Plans.Select(p => p.Key).Union(after.Plans.Select(p => p.Key)).Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var old = before.Plans.FirstOrDefault(p => p.Key == key);
            var now = after.Plans.FirstOrDefault(p => p.Key == key);
            if (old is null) result.Add(new PlanChanges(key, ChangeKind.Added, []));
            else if (now is null) result.Add(new PlanChanges(key, ChangeKind.Removed, []));
            else if (Compare(old, now) is { Count: > 0 } changes) result.Add(new PlanChanges(key, null, changes));
        }
        return result;
    }

    public static IReadOnlyList<Change> Compare(Plan old, Plan now)
    {
        var changes = new List<Change>();
        Facts(changes, "plan", PlanFacts(old), PlanFacts(now));
        // plan.json's lists: a renamed text kind or a new scale level changes what pages show.
        foreach (var (subject, before, after) in ListFacts(old).Zip(ListFacts(now), (a, b) => (a.Subject, a.Facts, b.Facts)))
            Facts(changes, subject, before, after);
        Facts(changes, "department", old.Departments.Select(d => (d.Id, (string?)null, DepartmentText(d))), now.Departments.Select(d => (d.Id, (string?)null, DepartmentText(d))));
        Facts(changes, "node", old.Nodes.Select(n => (n.Id, (string?)n.Id, NodeText(n))), now.Nodes.Select(n => (n.Id, (string?)n.Id, NodeText(n))));
        Facts(changes, "responsibility", old.NodeDepartments.Select(d => ($"{d.NodeId}/{d.DepartmentId}", (string?)d.NodeId, DeptText(old, d))), now.NodeDepartments.Select(d => ($"{d.NodeId}/{d.DepartmentId}", (string?)d.NodeId, DeptText(now, d))));
        Facts(changes, "rating", old.Ratings.Select(r => (RatingKey(r), (string?)r.NodeId, RatingText(old, r))), now.Ratings.Select(r => (RatingKey(r), (string?)r.NodeId, RatingText(now, r))));
        Facts(changes, "tag-rating", old.TagRatings.Select(r => ($"{r.TagId}/{Years(r.Period, r.FiscalYear)}/{r.AssessmentId}", (string?)null, Shown(old, r.AssessmentId, r.Value))), now.TagRatings.Select(r => ($"{r.TagId}/{Years(r.Period, r.FiscalYear)}/{r.AssessmentId}", (string?)null, Shown(now, r.AssessmentId, r.Value))));
        Facts(changes, "count", old.Tallies.Select(t => (TallyKey(old, t), t.NodeId, Str(t.Count))), now.Tallies.Select(t => (TallyKey(now, t), t.NodeId, Str(t.Count))));
        Facts(changes, "effect", Effects(old), Effects(now));
        Facts(changes, "kpi", old.KpiValues.Select(v => ($"{v.KpiId}/{v.FiscalYear}/{v.Kind}", KpiNode(old, v.KpiId), v.Value.ToString(CultureInfo.InvariantCulture))), now.KpiValues.Select(v => ($"{v.KpiId}/{v.FiscalYear}/{v.Kind}", KpiNode(now, v.KpiId), v.Value.ToString(CultureInfo.InvariantCulture))));
        Facts(changes, "schedule", old.Schedule.Select(s => ($"{s.NodeId}/{s.Row}/{s.FiscalYear}", (string?)s.NodeId, $"{s.Entry?.Ja} {s.Status}".Trim())), now.Schedule.Select(s => ($"{s.NodeId}/{s.Row}/{s.FiscalYear}", (string?)s.NodeId, $"{s.Entry?.Ja} {s.Status}".Trim())));
        Facts(changes, "text", Texts(old), Texts(now));
        return changes;
    }

    private static void Facts(List<Change> changes, string subject, IEnumerable<(string Key, string? Node, string Value)> before, IEnumerable<(string Key, string? Node, string Value)> after)
    {
        var old = Index(before);
        var now = Index(after);
        foreach (var (key, (node, value)) in now)
        {
            if (!old.TryGetValue(key, out var was)) changes.Add(new Change(ChangeKind.Added, node, subject, key, null, value));
            else if (was.Value != value) changes.Add(new Change(ChangeKind.Changed, node, subject, key, was.Value, value));
        }
        foreach (var (key, (node, value)) in old.Where(o => !now.ContainsKey(o.Key)))
            changes.Add(new Change(ChangeKind.Removed, node, subject, key, value, null));
    }

    /// <summary>Keys in first-seen order; a repeated key (e.g. two texts of the same kind) is numbered.</summary>
    private static Dictionary<string, (string? Node, string Value)> Index(IEnumerable<(string Key, string? Node, string Value)> facts)
    {
        var index = new Dictionary<string, (string?, string)>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, node, value) in facts)
        {
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            index[n == 1 ? key : $"{key}#{n}"] = (node, value);
        }
        return index;
    }

    private static IEnumerable<(string, string?, string)> PlanFacts(Plan p) =>
    [
        ("title", null, p.Metadata.Title.Ja),
        ("report_title", null, p.Metadata.ReportTitle.Ja),
        ("reported_fiscal_year", null, Str(p.Metadata.ReportedFiscalYear)),
        ("published", null, p.Metadata.Published),
        ("period", null, $"{Str(p.Metadata.Period.From)}-{(p.Metadata.Period.To is int to ? Str(to) : "")}"),
        ("publisher", null, Names(p.Metadata.Publisher)),
        ("source", null, $"{Names(p.Metadata.Source.Title)} {p.Metadata.Source.Url} {p.Metadata.Source.File}".Trim()),
    ];

    /// <summary>Each list of plan.json, keyed by its ID (or position, for lists without one).</summary>
    private static IEnumerable<(string Subject, IEnumerable<(string, string?, string)> Facts)> ListFacts(Plan p) =>
    [
        ("level", p.Levels.Select(l => (Str(l.Depth), (string?)null, Names(l.Name)))),
        ("evaluator", p.Evaluators.Select(e => (e.Id, (string?)null, Names(e.Name)))),
        ("scale", p.Scales.Select(s => (s.Id, (string?)null, s.Describe() + string.Concat(s.Levels.Select(l => $"; {l.Code} {Names(l.Label)}"))))),
        ("assessment", p.Assessments.Select(a => (a.Id, (string?)null,
            $"{Names(a.Name)} (scale {a.ScaleId}, evaluator {a.EvaluatorId}{(a.SumOf.Count > 0 ? ", sum of " + string.Join("+", a.SumOf) : "")}{(a.MeanOf is { } m ? ", mean of " + m : "")})"))),
        ("tag", p.Tags.Select(t => (t.Id, (string?)null, Names(t.Name)))),
        ("text_kind", p.TextKinds.Select(k => (k.Id, (string?)null, Names(k.Name)))),
        ("related_plan", p.RelatedPlans.Select((r, i) => (Str(i + 1), (string?)null, $"{Names(r.Name)}{(r.Relation is { } rel ? " — " + Names(rel) : "")}{(r.Period is { } per ? " (" + Names(per) + ")" : "")}"))),
    ];

    private static string Names(LocalizedText text) => text.En is null ? text.Ja : $"{text.Ja} / {text.En}";

    private static string DepartmentText(Department d) => $"{d.Name.Ja} / {d.Name.En} ({d.Bureau?.Ja} / {d.Bureau?.En})";

    private static string NodeText(Node n) => $"{n.Number} {n.Title.Ja} / {n.Title.En} (level {n.Level}, parent {n.ParentId ?? "-"}{(n.EndedFiscalYear is int e ? $", ended {e}" : "")})".Trim();

    private static string DeptText(Plan p, NodeDepartment d) => $"{p.Index.Department(d.DepartmentId)?.Name.Ja ?? d.DepartmentId}{(d.Role is null ? "" : $" [{d.Role}]")}";

    private static string RatingText(Plan p, Rating r)
    {
        var shown = Shown(p, r.AssessmentId, r.Value);
        return r.Reason is null ? shown : $"{shown} ({r.Reason.Ja} / {r.Reason.En})";
    }

    private static string TallyKey(Plan p, Tally t) => $"{t.NodeId ?? "(plan)"}/{Years(t.Period, t.FiscalYear)}/{t.AssessmentId}/{(t.Rating is { } rating ? Shown(p, t.AssessmentId, rating) : "total")}";

    private static string RatingKey(Rating r) => $"{r.NodeId}/{Years(r.Period, r.FiscalYear)}/{r.AssessmentId}";

    /// <summary>The years of a rating or a count in its key: 2021, 2017-2020 or 2021@2021-06 (a
    /// rating of one year keeps the key it always had).</summary>
    private static string Years((int? From, string? AsOf) period, int year) =>
        $"{(period.From is int from ? $"{from}-" : "")}{year}{(period.AsOf is { } asOf ? $"@{asOf}" : "")}";

    /// <summary>A rating as a reader sees it: its level's printed symbol (or the number of a
    /// numeric scale, as written). Renaming a level's code in plan.json (a → A), or writing a
    /// rating by its code, its symbol or the symbol in the other width, changes nothing a reader
    /// sees, so it is no change.</summary>
    private static string Shown(Plan p, string assessmentId, string value) =>
        p.ScaleOf(assessmentId)?.Level(value)?.Symbol ?? value;

    private static IEnumerable<(string, string?, string)> Effects(Plan p) => p.Effects.Select(e =>
        ($"{e.NodeId ?? "(plan)"}/{e.FiscalYearFrom}-{e.FiscalYearTo}/{e.Kind.ToCode()}",
         e.NodeId,
         $"{(e.Amount is { } a ? $"{a.Amount.ToString(CultureInfo.InvariantCulture)} {a.Unit}" : "")} {e.Text?.Ja}".Trim()));

    private static IEnumerable<(string, string?, string)> Texts(Plan p) => p.Texts.Select(t =>
        ($"{t.NodeId ?? "(plan)"}/{t.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "-"}/{t.KindId}/{t.DepartmentId ?? "-"}/{t.Item?.ToString(CultureInfo.InvariantCulture) ?? "-"}", (string?)t.NodeId, t.Text.Ja + (t.Text.En is null ? "" : $" / {t.Text.En}")));

    private static string? KpiNode(Plan p, string kpi) => p.Kpis.FirstOrDefault(k => k.Id == kpi)?.NodeId;

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);
}
