using System.Globalization;
using Reform.Site.Analysis;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Builds rating-distribution tables (with the bar chart's lengths and shares) for a set of nodes and the
/// year-over-year comparison of the plan-wide figures.</summary>
internal static class DistributionBuilder
{
    /// <summary>One table per ordinal assessment and year: a row per node that has a
    /// distribution, and <paramref name="totalFor"/>'s distribution as the total row.</summary>
    public static IReadOnlyList<DistributionTableView> Tables(Plan plan, IReadOnlyList<Node> rows, Node? totalFor, bool includeTotal, Language lang)
    {
        var tables = new List<DistributionTableView>();
        // Each assessment's latest year first: the reader came for how it stands now (issue 22).
        foreach (var (assessment, year) in RatingDistributions.Dimensions(plan).GroupBy(d => d.Assessment).SelectMany(g => g.OrderByDescending(d => d.FiscalYear)))
        {
            var scale = plan.Scale(assessment.ScaleId)!;
            var levels = Levels(plan, scale, lang);
            var rowViews = rows.Select(n => (n, d: RatingDistributions.For(plan, n, assessment, year)))
                .Where(x => x.d is not null)
                .Select(x => Row(plan, x.n, x.d!, levels, lang)).ToList();
            var total = includeTotal && RatingDistributions.For(plan, totalFor, assessment, year) is { } t ? Row(plan, null, t, levels, lang) : null;
            if (rowViews.Count == 0 && total is null) continue;
            // Item rows share one scale of counts (the largest row's), so bar lengths compare.
            var scaleMax = rowViews.Select(r => r.Total).DefaultIfEmpty(0).Max();
            rowViews = rowViews.Select(r => r with { Length = scaleMax == 0 ? 0 : Math.Round(100m * r.Total / scaleMax, 2) }).ToList();
            var notRated = includeTotal ? plan.Index.TalliesOf(totalFor?.Id).FirstOrDefault(t => t.IsNotRated && !t.IsApart && t.AssessmentId == assessment.Id && t.FiscalYear == year)?.Count : null;
            tables.Add(new DistributionTableView($"dist-{assessment.Id}-{year}", TextView.From(assessment.Name, lang), year, levels, rowViews, total) { NotRated = notRated });
        }
        return tables;
    }

    public static IReadOnlyList<YearComparisonView> YearComparisons(Plan plan, Language lang)
    {
        var result = new List<YearComparisonView>();
        foreach (var group in RatingDistributions.Dimensions(plan).GroupBy(d => d.Assessment).Where(g => g.Count() > 1))
        {
            var levels = Levels(plan, plan.Scale(group.Key.ScaleId)!, lang);
            var years = group.Select(g => g.FiscalYear).ToList();
            var distributions = years.Select(y => RatingDistributions.For(plan, null, group.Key, y)).ToList();
            if (distributions.Any(d => d is null)) continue;
            // Across a change of method (評価基準を明確化) the counts are not like for like: no difference.
            var methodChange = group.Key.ChangeBetween(years[0], years[^1]);
            var rows = levels.Select(l =>
            {
                var counts = distributions.Select(d => d!.Count(l.Code)).ToList();
                var change = counts[^1] - counts[0];
                return new YearComparisonRowView(l, counts, methodChange is not null ? "—" : change > 0 ? $"+{change}" : change < 0 ? $"−{-change}" : "±0");
            }).ToList();
            result.Add(new YearComparisonView($"yoy-{group.Key.Id}", TextView.From(group.Key.Name, lang), years, rows, distributions.Select(d => d!.Total).ToList())
            {
                MethodChangedIn = methodChange?.FiscalYear,
                MethodChangeNote = TextView.FromOptional(methodChange?.Note, lang),
            });
        }
        return result;
    }

    private static IReadOnlyList<LevelHeaderView> Levels(Plan plan, RatingScale scale, Language lang) =>
        scale.Levels.OrderBy(l => l.Order).Select((l, i) => new LevelHeaderView(l.Code, l.Symbol, LevelMeaning.Of(plan, scale, l, lang), i)).ToList();

    private static DistributionRowView Row(Plan plan, Node? node, RatingDistribution d, IReadOnlyList<LevelHeaderView> levels, Language lang)
    {
        var counts = levels.Select(l => d.Count(l.Code)).ToList();
        var bars = levels.Zip(counts)
            .Where(lc => lc.Second > 0 && d.Total > 0)
            .Select(lc => new BarSegmentView(Math.Round(100m * lc.Second / d.Total, 2), lc.First.Symbol, lc.Second, lc.First.Index))
            .ToList();
        return new DistributionRowView(
            node is null ? null : new LinkView(TextView.From(node.Title, lang), SitePaths.Node(lang, plan.Key, node.Id), node.Number),
            counts,
            counts.Select(c => d.Total == 0 ? "–" : (100m * c / d.Total).ToString("0.0", CultureInfo.InvariantCulture) + "%").ToList(),
            d.Total,
            d.Source switch { DistributionSource.Reported => "reported", DistributionSource.SummedFromSubItems => "summed", _ => "counted" },
            d.Check.ToString().ToLowerInvariant(),
            d.IndividuallyRated,
            bars);
    }
}
