using System.Globalization;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>Published counts are checked three ways: the counts per rating add up to the total;
/// a node's counts equal the sum of its nearest counted sub-items; and they agree with the
/// ratings of the individual initiatives where those are known.</summary>
internal sealed class TallyRule : IConsistencyRule
{
    public void Check(PlanContext c)
    {
        var p = c.Plan;
        foreach (var t in p.Tallies)
        {
            if (p.ScaleOf(t.AssessmentId) is not { } scale) continue;
            if (scale.Kind != ScaleKind.Ordinal) c.Report(Codes.NumericScaleTallied, t.Source, "assessment", value: t.AssessmentId);
            else if (t.Rating is { } code && !t.IsNotRated && scale.Level(code) is null) c.Report(Codes.RatingNotOnScale, t.Source, "rating", value: code, expected: scale.Describe());
        }
        var all = TallyGroup.All(p);
        foreach (var group in all)
        {
            CheckTotal(c, group);
            CheckAgainstSubItems(c, p, group, all);
            CheckAgainstRatings(c, p, group);
        }
    }

    private static void CheckTotal(PlanContext c, TallyGroup g)
    {
        if (g.Total is not { } total || g.ByRating.Count == 0) return;
        var sum = g.ByRating.Values.Sum();
        if (sum != total.Count) c.Report(Codes.RatingCountsMismatch, total.Source, "count", value: Str(sum), expected: Str(total.Count));
    }

    private static void CheckAgainstSubItems(PlanContext c, Plan p, TallyGroup g, IReadOnlyList<TallyGroup> all)
    {
        var groups = all.Where(other => other.FiscalYear == g.FiscalYear && other.FiscalYearFrom == g.FiscalYearFrom && other.AsOf == g.AsOf && other.AssessmentId == g.AssessmentId && other.NodeId is not null)
            .ToDictionary(other => other.NodeId!, StringComparer.Ordinal);
        var nearest = new List<TallyGroup>();
        var stack = new Stack<Node>(Start(p, g.NodeId).Reverse());
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (groups.TryGetValue(n.Id, out var sub)) nearest.Add(sub);
            else foreach (var child in p.Index.Children(n.Id).Reverse()) stack.Push(child);
        }
        if (nearest.Count == 0) return;
        foreach (var (code, count, source) in g.Cells)
        {
            // Items not rated add up only where every part published how many it had.
            if (code == Tally.NotRated && nearest.Any(subGroup => subGroup.NotRated is null)) continue;
            var sum = nearest.Sum(subGroup => subGroup.Count(code));
            if (sum != count) c.Report(Codes.CountNotSumOfSubItems, source, "count", value: $"{code ?? "total"} {count}", expected: Str(sum));
        }
    }

    private static void CheckAgainstRatings(PlanContext c, Plan p, TallyGroup g)
    {
        // A count over several years is not one year's ratings counted.
        if (g.FiscalYearFrom is not null || g.AsOf is not null || p.ScaleOf(g.AssessmentId) is not { Kind: ScaleKind.Ordinal } scale) return;
        var leaves = (g.NodeId is { } id && p.Index.Node(id) is { } node ? p.Index.Descendants(node) : p.Nodes)
            .Where(leaf => p.Index.Children(leaf.Id).Count == 0);
        var rated = leaves.SelectMany(leaf => p.Index.RatingsOf(leaf.Id))
            .Where(rating => rating.FiscalYear == g.FiscalYear && !rating.IsApart && rating.AssessmentId == g.AssessmentId)
            .Select(rating => scale.Level(rating.Value)?.Code).OfType<string>().ToList();
        if (rated.Count == 0) return;
        var complete = g.Total is { } total && rated.Count >= total.Count;
        foreach (var (code, count, source) in g.Cells.Where(cell => cell.Code != Tally.NotRated)) // the ratings say nothing of the items not rated
        {
            var counted = code is null ? rated.Count : rated.Count(ratedCode => ratedCode == code);
            if (complete ? counted != count : counted > count)
                c.Report(Codes.CountContradictsRatings, source, "count", value: $"{code ?? "total"} {count}", expected: Str(counted));
        }
    }

    private static IEnumerable<Node> Start(Plan p, string? nodeId) =>
        nodeId is { } id ? p.Index.Children(id) : p.Index.Roots.Concat(p.Index.Unplaced);

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);
}
