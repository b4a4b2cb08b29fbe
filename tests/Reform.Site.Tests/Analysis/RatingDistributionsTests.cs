using Reform.Site.Analysis;
using Reform.Site.Model;
using static Reform.Site.Tests.Support.PlanModels;

namespace Reform.Site.Tests.Analysis;

/// <summary>Over a small tree: p1 → i1 → (a, b) and p1 → i2 → c, and p2 on its own; a, b, c
/// and p2 are the initiatives (nodes without children).</summary>
public sealed class RatingDistributionsTests
{
    private static readonly Node[] Tree =
        [Node("p1", null, 1), Node("i1", "p1", 2), Node("a", "i1", 3), Node("b", "i1", 3), Node("i2", "p1", 2), Node("c", "i2", 3), Node("p2", null, 1)];

    private static Plan With(Rating[]? ratings = null, Tally[]? tallies = null) =>
        Empty() with { Nodes = Tree, Ratings = ratings ?? [], Tallies = tallies ?? [] };

    private static RatingDistribution? Overall(Plan plan, string? nodeId, int year = 2021) =>
        RatingDistributions.For(plan, nodeId is null ? null : plan.Index.Node(nodeId)!, plan.Assessment("overall")!, year);

    /// <summary>A, B and C counts and the total.</summary>
    private static (int A, int B, int C, int Total) Shape(RatingDistribution? d)
    {
        Assert.NotNull(d);
        return (d.Count("A"), d.Count("B"), d.Count("C"), d.Total);
    }

    /// <summary>"a=A b=Ｂ": node=value.</summary>
    private static Rating[] Ratings(string spec) =>
        spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('=')).Select(p => Rating(p[0], p[1])).ToArray();

    /// <summary>"A=1 total=2": rating=count for one node.</summary>
    private static Tally[] Tallies(string? nodeId, string spec) =>
        spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split('='))
            .Select(p => Tally(nodeId, p[0] == "total" ? null : p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    [Fact]
    public void Dimensions_are_the_ordinal_assessments_and_the_years_they_have_ratings_or_counts_for()
    {
        var plan = With(
            [Rating("a", "A", year: 2022), Rating("b", "B"), Rating("a", "3", "progress"), Rating("a", "A", "council")],
            [Tally("p1", null, 0, year: 2020)]) with
        {
            Assessments = [Assessment("overall", "grade"), Assessment("progress", "score"), Assessment("council", "grade"), Assessment("unused", "grade")],
        };

        Assert.Equal(["overall 2020", "overall 2021", "overall 2022", "council 2021"],
            RatingDistributions.Dimensions(plan).Select(d => $"{d.Assessment.Id} {d.FiscalYear}"));
    }

    [Fact]
    public void A_numeric_assessment_has_no_distribution()
    {
        var plan = With([Rating("a", "3", "progress"), Rating("b", "2", "progress")]);

        Assert.Null(RatingDistributions.For(plan, plan.Index.Node("p1"), plan.Assessment("progress")!, 2021));
    }

    [Fact]
    public void Without_published_counts_the_initiatives_below_the_node_are_counted_by_level()
    {
        // A symbol counts as its level; the rating of i1, which has sub-items, and ratings of
        // another year are not counted.
        var plan = With([Rating("a", "A"), Rating("b", "Ｂ"), Rating("c", "A"), Rating("i1", "C"), Rating("a", "C", year: 2020)]);

        var p1 = Overall(plan, "p1")!;
        Assert.Equal((2, 1, 0, 3), Shape(p1));
        Assert.Equal((DistributionSource.CountedFromRatings, DistributionCheck.None, 3), (p1.Source, p1.Check, p1.IndividuallyRated));
        Assert.Equal(("p1", "overall", 2021), (p1.NodeId, p1.AssessmentId, p1.FiscalYear));
        Assert.Equal((1, 1, 0, 2), Shape(Overall(plan, "i1")));
        Assert.Equal((2, 1, 0, 3), Shape(Overall(plan, null)));
        Assert.Equal((0, 0, 1, 1), Shape(Overall(plan, "p1", 2020)));
        Assert.Null(Overall(plan, "p2"));
        Assert.Null(Overall(plan, "p1", 2019));
    }

    [Fact]
    public void Published_counts_are_taken_as_published_by_symbol_or_code_and_add_up_without_a_total_row()
    {
        var plan = With(tallies: Tallies("i1", "Ａ=1 B=2"));

        var i1 = Overall(plan, "i1")!;
        Assert.Equal((1, 2, 0, 3), Shape(i1));
        Assert.Equal((DistributionSource.Reported, DistributionCheck.None, 0), (i1.Source, i1.Check, i1.IndividuallyRated));
    }

    [Theory]
    [InlineData("a=A b=Ｂ", nameof(DistributionCheck.Agrees))] // every initiative rated, the same counts
    [InlineData("a=A b=A", nameof(DistributionCheck.Differs))]
    [InlineData("a=A", nameof(DistributionCheck.Partial))] // one of two rated, within the counts
    [InlineData("a=C", nameof(DistributionCheck.Differs))] // one of two rated, a level counted as none
    [InlineData("", nameof(DistributionCheck.None))]
    public void Published_counts_are_checked_against_the_ratings_below_the_node(string ratings, string checkName)
    {
        var check = Enum.Parse<DistributionCheck>(checkName);
        var plan = With(Ratings(ratings), Tallies("i1", "A=1 B=1 C=0 total=2"));

        var i1 = Overall(plan, "i1")!;
        Assert.Equal((1, 1, 0, 2), Shape(i1)); // the published numbers, whatever the ratings say
        Assert.Equal((DistributionSource.Reported, check), (i1.Source, i1.Check));
        Assert.Equal(Ratings(ratings).Length, i1.IndividuallyRated);
    }

    [Fact]
    public void Without_counts_of_its_own_a_node_sums_the_counts_published_for_its_sub_items_once()
    {
        // a's own count is inside i1's and is not added again.
        var plan = With(tallies: [.. Tallies("i1", "A=1 B=1 total=2"), .. Tallies("i2", "A=1 total=1"), .. Tallies("a", "A=1 total=1")]);

        var p1 = Overall(plan, "p1")!;
        Assert.Equal((2, 1, 0, 3), Shape(p1));
        Assert.Equal((DistributionSource.SummedFromSubItems, DistributionCheck.None), (p1.Source, p1.Check));
        var whole = Overall(plan, null)!;
        Assert.Equal((2, 1, 0, 3), Shape(whole));
        Assert.Equal((null, DistributionSource.SummedFromSubItems), (whole.NodeId, whole.Source));
    }

    [Theory]
    [InlineData("A=1 total=1", nameof(DistributionCheck.Agrees))]
    [InlineData("B=1 total=1", nameof(DistributionCheck.Differs))] // same total, other levels
    [InlineData("A=1 total=2", nameof(DistributionCheck.Differs))] // the sub-items add up to 4, not 3
    public void Where_the_initiatives_are_not_rated_a_nodes_counts_are_checked_against_its_sub_items_counts(string i2, string checkName)
    {
        var check = Enum.Parse<DistributionCheck>(checkName);
        var plan = With(tallies: [.. Tallies("p1", "A=2 B=1 total=3"), .. Tallies("i1", "A=1 B=1 total=2"), .. Tallies("i2", i2)]);

        var p1 = Overall(plan, "p1")!;
        Assert.Equal((2, 1, 0, 3), Shape(p1));
        Assert.Equal((DistributionSource.Reported, check), (p1.Source, p1.Check));
    }

    [Fact]
    public void The_plan_wide_counts_are_the_whole_plans_distribution()
    {
        var plan = With(Ratings("a=A b=B c=B"), [.. Tallies(null, "A=1 B=2 total=3"), .. Tallies("p1", "A=5 total=5")]);

        var whole = Overall(plan, null)!;
        Assert.Equal((1, 2, 0, 3), Shape(whole));
        Assert.Equal((DistributionSource.Reported, DistributionCheck.Agrees, 3), (whole.Source, whole.Check, whole.IndividuallyRated));
    }
}
