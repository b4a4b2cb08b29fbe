using Reform.Site.Model;

namespace Reform.Site.Analysis;

/// <summary>Computes rating distributions per node: the city's published counts where they
/// exist (checked against the item ratings), otherwise the sum of the published counts of the
/// sub-items, otherwise a count of the individually rated initiatives below the node.</summary>
internal static class RatingDistributions
{
    /// <summary>The ordinal assessments and years that have any ratings or counts in the plan.</summary>
    public static IReadOnlyList<(Assessment Assessment, int FiscalYear)> Dimensions(Plan plan) =>
        plan.Assessments
            .Where(a => plan.Scale(a.ScaleId)?.Kind == ScaleKind.Ordinal)
            .SelectMany(a => plan.Ratings.Where(r => r.AssessmentId == a.Id && !r.IsApart).Select(r => r.FiscalYear)
                .Concat(plan.Tallies.Where(t => t.AssessmentId == a.Id && !t.IsApart).Select(t => t.FiscalYear))
                .Distinct().Order().Select(y => (a, y)))
            .ToList();

    public static RatingDistribution? For(Plan plan, Node? node, Assessment assessment, int year)
    {
        var scale = plan.Scale(assessment.ScaleId);
        if (scale is not { Kind: ScaleKind.Ordinal }) return null;
        var counted = CountRatings(plan, node, assessment.Id, year, scale);
        var reported = Reported(plan, node?.Id, assessment.Id, year, scale);
        var summed = Summed(plan, node, assessment.Id, year, scale);
        if (reported is { } r)
        {
            // Compare with the most complete evidence: every item rated, else the sub-items' counts,
            // else the items that are rated (which may not exceed the counts).
            var check = counted.Total >= r.Total && counted.Total > 0 ? Compare(scale, counted.Counts, r.Counts)
                : summed is { } s ? (s.Total == r.Total ? Compare(scale, s.Counts, r.Counts) : DistributionCheck.Differs)
                : counted.Total > 0 ? (scale.Levels.All(l => counted.Counts.GetValueOrDefault(l.Code) <= r.Counts.GetValueOrDefault(l.Code)) ? DistributionCheck.Partial : DistributionCheck.Differs)
                : DistributionCheck.None;
            return new RatingDistribution { NodeId = node?.Id, AssessmentId = assessment.Id, FiscalYear = year, Counts = r.Counts, Total = r.Total, Source = DistributionSource.Reported, Check = check, IndividuallyRated = counted.Total };
        }
        if (summed is not null)
            return new RatingDistribution { NodeId = node?.Id, AssessmentId = assessment.Id, FiscalYear = year, Counts = summed.Value.Counts, Total = summed.Value.Total, Source = DistributionSource.SummedFromSubItems, Check = DistributionCheck.None, IndividuallyRated = counted.Total };
        return counted.Total == 0 ? null
            : new RatingDistribution { NodeId = node?.Id, AssessmentId = assessment.Id, FiscalYear = year, Counts = counted.Counts, Total = counted.Total, Source = DistributionSource.CountedFromRatings, Check = DistributionCheck.None, IndividuallyRated = counted.Total };
    }

    private static DistributionCheck Compare(RatingScale scale, IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        scale.Levels.All(l => a.GetValueOrDefault(l.Code) == b.GetValueOrDefault(l.Code)) ? DistributionCheck.Agrees : DistributionCheck.Differs;

    private static (Dictionary<string, int> Counts, int Total)? Reported(Plan plan, string? nodeId, string assessment, int year, RatingScale scale)
    {
        var rows = plan.Index.TalliesOf(nodeId).Where(t => t.AssessmentId == assessment && t.FiscalYear == year && !t.IsNotRated && !t.IsApart).ToList();
        if (rows.Count == 0) return null;
        var counts = rows.Where(t => t.Rating is not null).GroupBy(t => scale.Level(t.Rating!)?.Code ?? t.Rating!).ToDictionary(g => g.Key, g => g.First().Count);
        return (counts, rows.FirstOrDefault(t => t.Rating is null)?.Count ?? counts.Values.Sum());
    }

    private static (Dictionary<string, int> Counts, int Total)? Summed(Plan plan, Node? node, string assessment, int year, RatingScale scale)
    {
        var start = node is null ? plan.Index.Roots.Concat(plan.Index.Unplaced) : plan.Index.Children(node.Id);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var any = false;
        var stack = new Stack<Node>(start.Reverse());
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (Reported(plan, n.Id, assessment, year, scale) is { } r)
            {
                any = true;
                total += r.Total;
                foreach (var (code, count) in r.Counts) counts[code] = counts.GetValueOrDefault(code) + count;
            }
            else foreach (var c in plan.Index.Children(n.Id).Reverse()) stack.Push(c);
        }
        return any ? (counts, total) : null;
    }

    /// <summary>Counts the ratings of the initiatives (nodes without children) below the node.</summary>
    private static (Dictionary<string, int> Counts, int Total) CountRatings(Plan plan, Node? node, string assessment, int year, RatingScale scale)
    {
        var leaves = (node is null ? plan.Nodes : plan.Index.Descendants(node)).Where(n => plan.Index.Children(n.Id).Count == 0);
        var codes = leaves.SelectMany(n => plan.Index.RatingsOf(n.Id))
            .Where(r => r.AssessmentId == assessment && r.FiscalYear == year && !r.IsApart) // a rating over years or as of a date is not the year's
            .Select(r => scale.Level(r.Value)?.Code).OfType<string>().ToList();
        return (codes.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), codes.Count);
    }
}
