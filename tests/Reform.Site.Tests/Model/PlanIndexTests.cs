using Reform.Site.Model;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;
using static Reform.Site.Tests.Support.PlanModels;

namespace Reform.Site.Tests.Model;

public sealed class PlanIndexTests
{
    private static PlanIndex Index(params Node[] nodes) => new(Empty() with { Nodes = nodes });

    private static IEnumerable<string> Ids(IEnumerable<Node> nodes) => nodes.Select(n => n.Id);

    [Fact]
    public void Top_level_nodes_and_children_keep_the_order_the_city_wrote_them_in()
    {
        var index = Index(Node("p2", null, 1), Node("p1", null, 1), Node("p1-b", "p1", 2), Node("p1-a", "p1", 2), Node("p1-b-x", "p1-b", 3));

        Assert.Equal(["p2", "p1"], Ids(index.Roots));
        Assert.Equal(["p1-b", "p1-a"], Ids(index.Children("p1")));
        Assert.Equal(["p1-b-x"], Ids(index.Children("p1-b")));
        Assert.Empty(index.Children("p1-a"));
        Assert.Empty(index.Children("nowhere"));
        Assert.Empty(index.Unplaced);
    }

    [Fact]
    public void A_node_without_a_parent_below_the_top_or_with_a_missing_parent_is_unplaced_and_keeps_its_children()
    {
        var index = Index(Node("p1", null, 1), Node("loose", null, 2), Node("orphan", "missing", 3), Node("top", "gone", 1), Node("loose-a", "loose", 3));

        Assert.Equal(["p1"], Ids(index.Roots));
        Assert.Equal(["loose", "orphan", "top"], Ids(index.Unplaced));
        Assert.Equal(["loose-a"], Ids(index.Children("loose")));
    }

    [Fact]
    public void Ancestors_run_from_the_top_down_and_descendants_depth_first()
    {
        var index = Index(Node("p1", null, 1), Node("i1", "p1", 2), Node("i2", "p1", 2), Node("a", "i1", 3), Node("b", "i1", 3), Node("c", "i2", 3));

        Assert.Equal(["p1", "i1"], Ids(index.Ancestors(index.Node("b")!)));
        Assert.Empty(index.Ancestors(index.Node("p1")!));
        Assert.Equal(["i1", "a", "b", "i2", "c"], Ids(index.Descendants(index.Node("p1")!)));
        Assert.Empty(index.Descendants(index.Node("c")!));
    }

    [Fact]
    public void Reading_order_is_each_top_level_node_and_its_subtree_then_the_unplaced_ones()
    {
        var index = Index(Node("u", "missing", 2), Node("p1", null, 1), Node("u-a", "u", 3), Node("p1-a", "p1", 2), Node("p2", null, 1), Node("p1-a-x", "p1-a", 3));

        Assert.Equal(["p1", "p1-a", "p1-a-x", "p2", "u", "u-a"], Ids(index.InReadingOrder()));
    }

    [Fact]
    public void Parents_that_form_a_cycle_end_the_walks_instead_of_looping()
    {
        // Validation reports the cycle (RS303), but it reads the plan through this index first.
        var index = Index(Node("p1", null, 1), Node("x", "y", 2), Node("y", "x", 2));
        var x = index.Node("x")!;

        Assert.Equal(["y"], Ids(index.Ancestors(x)));
        var below = Ids(index.Descendants(x)).ToList();
        Assert.Contains("y", below);
        Assert.Equal(below.Distinct(), below);
    }

    [Fact]
    public void A_second_row_with_the_same_id_does_not_replace_the_first()
    {
        var first = Node("p1", null, 1) with { Title = LocalizedText.Of("一つ目") };
        var plan = Empty() with
        {
            Nodes = [first, Node("p1", null, 1) with { Title = LocalizedText.Of("二つ目") }],
            Departments = [new("zaisei", LocalizedText.Of("財政課"), null, Row), new("zaisei", LocalizedText.Of("別の課"), null, Row)],
        };

        Assert.Same(first, plan.Index.Node("p1"));
        Assert.Equal("財政課", plan.Index.Department("zaisei")!.Name.Ja);
    }

    [Fact]
    public void The_rows_of_a_node_are_found_by_its_exact_id_in_file_order()
    {
        var index = DataLoader.Load(RepoPaths.GoodData).DataSet.Plans.Single().Index;

        Assert.Equal(["overall A", "progress 3", "efficiency 2", "total 5"], index.RatingsOf("p1-i1-a").Select(r => $"{r.AssessmentId} {r.Value}"));
        Assert.Equal(["johou lead", "zaisei related"], index.DepartmentLinksOf("p1-i1-b").Select(d => $"{d.DepartmentId} {d.Role}"));
        Assert.Equal(["A 1", "B 1", "C 0", " 2"], index.TalliesOf("p1").Select(t => $"{t.Rating} {t.Count}"));
        Assert.Equal(["A 1", "B 1", " 2", "not-rated 1"], index.TalliesOf(null).Select(t => $"{t.Rating} {t.Count}"));
        Assert.Equal([(2020, 2020), (2021, 2021), (2020, 2021)], index.EffectsOf("p1-i1-a").Select(e => (e.FiscalYearFrom, e.FiscalYearTo)));
        Assert.Equal([new Money(2, "百万円")], index.EffectsOf(null).Select(e => e.Amount));
        Assert.Equal(["online-rate"], index.KpisOf("p1-i1-b").Select(k => k.Id));
        Assert.Equal([20.5m, 31m], index.ValuesOf("online-rate").Select(v => v.Value));
        Assert.Equal([2020, 2021], index.ScheduleOf("p1-i1-a").Select(s => s.FiscalYear));
        Assert.Equal(["result", "direction"], index.TextsOf("p1-i1-a").Select(t => t.KindId));
        Assert.Equal("情報政策課", index.Department("johou")!.Name.Ja);

        Assert.Null(index.Node("P1"));
        Assert.Null(index.Department("nowhere"));
        Assert.Empty(index.RatingsOf("p2"));
        Assert.Empty(index.KpisOf("p1-i1-a"));
    }

    [Fact]
    public void A_copy_made_with_with_has_its_own_index_even_when_the_original_was_read()
    {
        var original = PlanModels.Empty() with { Nodes = [PlanModels.Node("p1", null, 1)] };
        Assert.Single(original.Index.Roots);
        var copy = original with { Nodes = [PlanModels.Node("p1", null, 1), PlanModels.Node("p2", null, 1)] };
        Assert.Equal(["p1", "p2"], copy.Index.Roots.Select(n => n.Id));
        Assert.Single(original.Index.Roots);
    }
}
