using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>The plan overview page: the hierarchy as a table in reading order.</summary>
internal static class PlanViewBuilder
{
    public static PlanView Build(Plan plan, Language lang)
    {
        var index = plan.Index;
        var depthOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<TreeRowView>();
        foreach (var node in index.Roots.SelectMany(r => index.Descendants(r).Prepend(r)))
        {
            var depth = node.ParentId is { } p && depthOf.TryGetValue(p, out var pd) ? pd + 1 : 1;
            depthOf[node.Id] = depth;
            var rating = NodeSummaryBuilder.Headline(plan, node, lang);
            rows.Add(new TreeRowView(depth, Link(plan, node, lang), LevelName(plan, node.Level, lang), index.Children(node.Id).Count,
                plan.Index.DepartmentLinksOf(node.Id).Select(d => index.Department(d.DepartmentId)?.Name.For(lang)).OfType<string>().ToList())
            { Rating = rating?.Symbol, RatingMeaning = rating?.Meaning });
        }
        var tallies = FigureBuilder.Tallies(plan, null, lang);
        return new PlanView
        {
            Plan = PlanCardBuilder.Build(plan, lang),
            RatingShortcuts = RatingListBuilder.Shortcuts(plan, lang),
            Headline = HeadlineBuilder.Build(plan, lang),
            Description = TextView.FromOptional(plan.Metadata.Description, lang),
            Levels = plan.Levels.Select(l => TextView.From(l.Name, lang)).ToList(),
            Tree = rows,
            Unplaced = index.Unplaced.Select(n => Link(plan, n, lang)).ToList(),
            Tallies = tallies.Where(t => !t.IsApart).ToList(),
            SpanTallies = tallies.Where(t => t.IsApart).ToList(),
            Effects = FigureBuilder.Effects(plan, null, lang),
            Kpis = KpiViewBuilder.Build(plan, null, lang),
            Texts = TextSectionBuilder.Build(plan, plan.Index.TextsOf(null).ToList(), lang),
            RelatedPlans = plan.RelatedPlans.Select(r => new RelatedPlanView(TextView.From(r.Name, lang), TextView.FromOptional(r.Relation, lang), TextView.FromOptional(r.Period, lang))).ToList(),
            TagTables = TagTableBuilder.Build(plan, lang),
            Distributions = DistributionBuilder.Tables(plan, index.Roots, null, includeTotal: true, lang),
            YearComparisons = DistributionBuilder.YearComparisons(plan, lang),
            EffectComparisons = EffectComparisonBuilder.Build(plan, index.Roots, null, lang),
        };
    }

    private static LinkView Link(Plan plan, Node n, Language lang) =>
        new(TextView.From(n.Title, lang), SitePaths.Node(lang, plan.Key, n.Id), n.Number, LevelName(plan, n.Level, lang));

    private static TextView? LevelName(Plan plan, int depth, Language lang) => plan.LevelAt(depth) is { } l ? TextView.From(l.Name, lang) : null;
}
