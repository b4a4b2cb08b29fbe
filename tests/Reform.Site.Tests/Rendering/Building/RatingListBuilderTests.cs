using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Building;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Rendering.Building;

/// <summary>The lists by rating: "the items rated C" is a short list of those items, with reasons,
/// per hierarchy level, from each assessment's latest year.</summary>
public sealed class RatingListBuilderTests
{
    private static readonly IReadOnlyDictionary<string, Topic> NoTopics = new Dictionary<string, Topic>();

    /// <summary>Tomakomai's shape: two 取組項目 graded, each with practice items graded in two years.</summary>
    private static Plan Sample()
    {
        Node[] nodes = [PlanModels.Node("t1", null, 2), PlanModels.Node("t1-a", "t1", 3), PlanModels.Node("t1-b", "t1", 3), PlanModels.Node("t2", null, 2), PlanModels.Node("t2-a", "t2", 3)];
        return PlanModels.Empty() with
        {
            Nodes = nodes,
            Ratings =
            [
                PlanModels.Rating("t1", "A"), PlanModels.Rating("t2", "B"),
                PlanModels.Rating("t1-a", "C", year: 2020), PlanModels.Rating("t1-a", "A"),
                PlanModels.Rating("t1-b", "C", year: 2020), PlanModels.Rating("t1-b", "C") with { Reason = LocalizedText.Of("遅れが生じた。", "Delayed.") },
                PlanModels.Rating("t2-a", "C"),
                PlanModels.Rating("t2-a", "3", assessment: "progress"),
                // A final evaluation over the whole period and one as of a date are not a year's rating.
                PlanModels.Rating("t2-a", "A", year: 2022) with { FiscalYearFrom = 2020 },
                PlanModels.Rating("t1-a", "C", year: 2022) with { AsOf = "2022-06" },
            ],
        };
    }

    [Fact]
    public void An_assessment_that_rates_two_levels_of_the_hierarchy_gets_a_list_per_level_in_its_latest_year()
    {
        var groups = RatingListBuilder.Groups(Sample());

        Assert.Equal([("overall", 2, 2021), ("overall", 3, 2021)], groups.Select(g => (g.Assessment.Id, g.Depth, g.FiscalYear)));
        Assert.All(groups, g => Assert.True(g.OneOfSeveralDepths));
        var shortcuts = RatingListBuilder.Shortcuts(Sample(), Language.Ja);
        Assert.Equal(["取組項目", "実践項目"], shortcuts.Select(s => s.HierarchyLevel!.Text));
        // Practice items in 2021: one A, two C (2020's ratings are not counted); numeric scores get no list.
        Assert.Equal([1, 0, 2], shortcuts[1].Levels.Select(l => l.Count));
        Assert.Null(shortcuts[1].Levels[1].Path);
        Assert.Equal("ja/plans/012131-sample-plan/ratings/overall/3/c/", shortcuts[1].Levels[2].Path);
    }

    [Fact]
    public void A_level_page_lists_only_the_nodes_with_that_rating_with_their_reasons()
    {
        var plan = Sample();
        var group = RatingListBuilder.Groups(plan)[1];
        var c = PlanModels.Grade.Levels[2];

        var page = RatingListBuilder.Level(plan, group, c, NoTopics, Language.En);

        Assert.Equal(["t1-b", "t2-a"], page.Nodes.Select(n => n.Node.Path.Split('/')[^2]));
        Assert.Equal("Delayed.", page.Nodes[0].Reason!.Text);
        Assert.Null(page.Nodes[1].Reason);
        Assert.Equal("Behind plan", page.Meaning!.Text);
        Assert.Equal(["t1-b", "t2-a"], RatingListBuilder.LevelsWithNodes(plan, group).SelectMany(l => RatingListBuilder.Level(plan, group, l, NoTopics, Language.Ja).Nodes)
            .Where(n => n.Symbol == "Ｃ").Select(n => n.Node.Path.Split('/')[^2]));
        Assert.Equal(["A", "C"], RatingListBuilder.LevelsWithNodes(plan, group).Select(l => l.Code));
    }

    [Fact]
    public void A_plan_whose_assessments_are_all_scores_or_unrated_gets_no_lists()
    {
        var plan = PlanModels.Empty() with { Nodes = [PlanModels.Node("p1", null, 1)], Ratings = [PlanModels.Rating("p1", "2", assessment: "progress")] };

        Assert.Empty(RatingListBuilder.Groups(plan));
        Assert.Empty(RatingListBuilder.Shortcuts(plan, Language.Ja));
    }
}
