using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>A plan's nodes by rating: for each assessment on an ordinal scale (Ａ–Ｄ, ◎○△) and
/// each level of the hierarchy it rates, the ratings of its latest year. Pre-rendered per rating,
/// so that "the items rated C" is a page a reader reaches in a tap, without JavaScript. The
/// hierarchy's levels are kept apart: Tomakomai grades its 21 取組項目 and its 70 実践項目 on the
/// same Ａ–Ｄ, and one count over both matches nothing the city reports.</summary>
internal static class RatingListBuilder
{
    /// <summary>One assessment at one depth of the hierarchy, in its latest year.</summary>
    public sealed record RatedGroup(Assessment Assessment, RatingScale Scale, int Depth, int FiscalYear, bool OneOfSeveralDepths)
    {
        public string Anchor => OneOfSeveralDepths ? $"{Assessment.Id}-{Depth}" : Assessment.Id;

        public string LevelPath(Language lang, string planKey, ScaleLevel level) =>
            SitePaths.PlanRatingLevel(lang, planKey, Assessment.Id, Depth, Scale, level);
    }

    /// <summary>The groups that get lists: ordinal assessments with ratings, in the plan's order,
    /// then by depth.</summary>
    public static IReadOnlyList<RatedGroup> Groups(Plan plan)
    {
        var groups = new List<RatedGroup>();
        foreach (var assessment in plan.Assessments)
        {
            if (plan.Scale(assessment.ScaleId) is not { Kind: ScaleKind.Ordinal } scale) continue;
            var byDepth = plan.Ratings.Where(r => r.AssessmentId == assessment.Id && !r.IsApart)
                .Select(r => (Rating: r, Node: plan.Index.Node(r.NodeId))).Where(x => x.Node is not null)
                .GroupBy(x => x.Node!.Level).OrderBy(g => g.Key).ToList();
            groups.AddRange(byDepth.Select(g => new RatedGroup(assessment, scale, g.Key, g.Max(x => x.Rating.FiscalYear), byDepth.Count > 1)));
        }
        return groups;
    }

    public static RatingIndexView Index(Plan plan, IReadOnlyDictionary<string, Model.Topic> topics, Language lang) =>
        new(PlanCardBuilder.Build(plan, lang), Groups(plan).Select(group =>
        {
            var nodes = Rated(plan, group, topics, lang).ToList();
            return new RatedAssessmentView
            {
                Id = group.Anchor,
                Name = TextView.From(group.Assessment.Name, lang),
                HierarchyLevel = HierarchyLevel(plan, group, lang),
                FiscalYear = group.FiscalYear,
                Levels = LevelLinks(plan, group, nodes.Select(n => n.Level).ToList(), lang),
                Nodes = nodes.Select(n => n.View).ToList(),
            };
        }).ToList());

    public static RatingLevelView Level(Plan plan, RatedGroup group, ScaleLevel level, IReadOnlyDictionary<string, Model.Topic> topics, Language lang)
    {
        var nodes = Rated(plan, group, topics, lang).ToList();
        return new RatingLevelView
        {
            Plan = PlanCardBuilder.Build(plan, lang),
            Assessment = TextView.From(group.Assessment.Name, lang),
            HierarchyLevel = HierarchyLevel(plan, group, lang),
            FiscalYear = group.FiscalYear,
            Symbol = level.Symbol,
            Meaning = LevelMeaning.Of(plan, group.Scale, level, lang),
            Nodes = nodes.Where(n => n.Level == level).Select(n => n.View).ToList(),
            Levels = LevelLinks(plan, group, nodes.Select(n => n.Level).ToList(), lang),
        };
    }

    /// <summary>For the plan page: each group's levels with their counts and pages.</summary>
    public static IReadOnlyList<RatingShortcutView> Shortcuts(Plan plan, Language lang) =>
        Groups(plan).Select(group => new RatingShortcutView(TextView.From(group.Assessment.Name, lang), HierarchyLevel(plan, group, lang), group.FiscalYear,
            LevelLinks(plan, group, LatestRatings(plan, group).Select(x => x.Level).ToList(), lang),
            SitePaths.PlanRatings(lang, plan.Key) + "#" + group.Anchor)).ToList();

    /// <summary>Every plan with ordinal ratings, with its shortcuts, for the page across plans.</summary>
    public static RatingsAcrossView Across(DataSet data, Language lang) =>
        new(data.Plans.Select(plan => new PlanRatingShortcutsView(PlanCardBuilder.Build(plan, lang), Shortcuts(plan, lang)))
            .Where(p => p.Shortcuts.Count > 0).ToList());

    /// <summary>Whether a level is in the lower half of its scale, best first: the last two of
    /// four (Ｃ, Ｄ), the last of three (△), the last two of five. Scales differ by city; this
    /// one rule says "fell behind" for all of them without reading their labels.</summary>
    public static bool IsBehind(RatingScale scale, ScaleLevel level)
    {
        var ordered = scale.Levels.OrderBy(l => l.Order).ToList();
        return ordered.IndexOf(level) >= (ordered.Count + 1) / 2;
    }

    /// <summary>The levels that have nodes in the group: each gets a page.</summary>
    public static IEnumerable<ScaleLevel> LevelsWithNodes(Plan plan, RatedGroup group)
    {
        var rated = LatestRatings(plan, group).Select(x => x.Level).ToHashSet();
        return group.Scale.Levels.Where(rated.Contains);
    }

    /// <summary>A level page's title (「令和3年度（2021年度）の総合評価（実践項目）がＣの取組」).</summary>
    public static string LevelTitle(Plan plan, RatedGroup group, ScaleLevel level, ThemeStrings strings, Formats formats) =>
        (strings.Get("ratings.level_title") ?? "{assessment} {symbol} ({year})")
            .Replace("{assessment}", Name(plan, group, strings), StringComparison.Ordinal)
            .Replace("{symbol}", level.Symbol, StringComparison.Ordinal)
            .Replace("{year}", formats.FiscalYear(group.FiscalYear), StringComparison.Ordinal);

    /// <summary>The assessment's name, with the hierarchy level's in the theme's brackets when it
    /// rates more than one level (the templates compose it the same way).</summary>
    private static string Name(Plan plan, RatedGroup group, ThemeStrings strings) =>
        group.Assessment.Name.For(strings.Lang) + (HierarchyLevel(plan, group, strings.Lang) is { } level ? $"{strings.Get("paren.open")}{level.Text}{strings.Get("paren.close")}" : "");

    /// <summary>The hierarchy level's name, when the assessment rates more than one level.</summary>
    public static TextView? HierarchyLevel(Plan plan, RatedGroup group, Language lang) =>
        group.OneOfSeveralDepths && plan.LevelAt(group.Depth) is { } level ? TextView.From(level.Name, lang) : null;

    private static List<RatingLevelLinkView> LevelLinks(Plan plan, RatedGroup group, IReadOnlyList<ScaleLevel> rated, Language lang) =>
        group.Scale.Levels.Select(level =>
        {
            var count = rated.Count(l => l == level);
            return new RatingLevelLinkView(level.Symbol, LevelMeaning.Of(plan, group.Scale, level, lang), count, count > 0 ? group.LevelPath(lang, plan.Key, level) : null)
            {
                Behind = IsBehind(group.Scale, level),
            };
        }).ToList();

    /// <summary>The latest ratings of some of a plan's nodes (a topic's), on the assessment and
    /// level of the hierarchy that rates most of them; null when none is rated on an ordinal scale.</summary>
    public static (RatedGroup Group, IReadOnlyList<ScaleLevel> Levels)? LatestOf(Plan plan, IReadOnlySet<string> nodeIds)
    {
        (RatedGroup Group, IReadOnlyList<ScaleLevel> Levels)? best = null;
        foreach (var group in Groups(plan))
        {
            var levels = LatestRatings(plan, group).Where(x => nodeIds.Contains(x.Node.Id)).Select(x => x.Level).ToList();
            if (levels.Count > (best?.Levels.Count ?? 0)) best = (group, levels);
        }
        return best;
    }

    /// <summary>Counts of each level of the group's scale (no links: the counts are of a selection).</summary>
    public static IReadOnlyList<RatingLevelLinkView> Counts(Plan plan, RatedGroup group, IReadOnlyList<ScaleLevel> rated, Language lang) =>
        group.Scale.Levels.Select(level => new RatingLevelLinkView(level.Symbol, LevelMeaning.Of(plan, group.Scale, level, lang), rated.Count(l => l == level), null)).ToList();

    /// <summary>The group's nodes with their rating of its year, in the plan's reading order. A rating
    /// over several years or as of a date is not the year's (<see cref="Rating.IsApart"/>).</summary>
    private static IEnumerable<(Node Node, Rating Rating, ScaleLevel Level)> LatestRatings(Plan plan, RatedGroup group)
    {
        foreach (var node in plan.Index.InReadingOrder())
        {
            if (node.Level != group.Depth) continue;
            var rating = plan.Index.RatingsOf(node.Id).LastOrDefault(r => r.AssessmentId == group.Assessment.Id && r.FiscalYear == group.FiscalYear && !r.IsApart);
            if (rating is not null && group.Scale.Level(rating.Value) is { } level) yield return (node, rating, level);
        }
    }

    private static IEnumerable<(ScaleLevel Level, RatedNodeView View)> Rated(Plan plan, RatedGroup group, IReadOnlyDictionary<string, Model.Topic> topics, Language lang) =>
        LatestRatings(plan, group).Select(x => (x.Level, new RatedNodeView
        {
            Node = new LinkView(TextView.From(x.Node.Title, lang), SitePaths.Node(lang, plan.Key, x.Node.Id), x.Node.Number),
            Symbol = x.Level.Symbol,
            Meaning = LevelMeaning.Of(plan, group.Scale, x.Level, lang),
            Departments = NodeSummaryBuilder.DepartmentNames(plan, x.Node, lang),
            Topics = NodeSummaryBuilder.TopicLinks(x.Node, topics, lang),
            Reason = TextView.FromOptional(x.Rating.Reason, lang),
        }));
}
