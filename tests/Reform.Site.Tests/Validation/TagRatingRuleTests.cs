using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Validation;

/// <summary>tag_ratings.csv (テーマ別・評価集計) checked against plan.json and the nodes' own ratings.
/// In the good fixture one node (p1-i1-b: progress 2, overall Ｂ) carries the tag ict.</summary>
public sealed class TagRatingRuleTests
{
    private static IReadOnlyList<Diagnostic> Validate(string tagRatings)
    {
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        File.WriteAllText(Path.Combine(data, "plans", "012131-sample-plan", "tag_ratings.csv"), "tag,fiscal_year,assessment,value\n" + tagRatings);
        return DataLoader.Load(data).Diagnostics;
    }

    [Fact]
    public void The_good_fixtures_tag_ratings_validate()
    {
        var diagnostics = DataLoader.Load(RepoPaths.GoodData).Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Location.File.EndsWith("tag_ratings.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void A_mean_that_is_not_the_mean_of_the_tagged_nodes_is_a_warning_naming_the_tag_and_the_expected_mean()
    {
        var d = Assert.Single(Validate("ict,2021,progress-mean,2.5\n"), d => d.Code == Codes.TagValueNotMeanOfNodes);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("2.0", d.Argument("expected"));
        Assert.Equal("ict", d.Argument("tag"));
        Assert.Equal(2, d.Location.Row);
        Assert.Equal("value", d.Location.Column);
    }

    [Fact]
    public void An_unknown_tag_an_unknown_assessment_a_value_off_the_scale_and_a_repeated_row_are_errors()
    {
        var diagnostics = Validate("ictt,2021,overall,B\nict,2021,overal,B\nict,2021,overall,E\nict,2021,progress-mean,2.0\nict,2021,progress-mean,2.0\n");
        Assert.Contains(diagnostics, d => d.Code == Codes.UnknownReference && d.Location.Column == "tag" && d.Location.Row == 2);
        Assert.Contains(diagnostics, d => d.Code == Codes.UnknownReference && d.Location.Column == "assessment" && d.Location.Row == 3);
        Assert.Contains(diagnostics, d => d.Code == Codes.RatingNotOnScale && d.Location.Row == 4);
        Assert.Contains(diagnostics, d => d.Code == Codes.DuplicateCombination && d.Location.Row == 6);
    }

    [Fact]
    public void A_total_is_checked_against_the_tags_own_parts()
    {
        Assert.Contains(Validate("ict,2021,progress,2\nict,2021,efficiency,2\nict,2021,total,5\n"), d => d.Code == Codes.ValueNotSumOfParts && d.Location.Row == 4);
        Assert.DoesNotContain(Validate("ict,2021,progress,2\nict,2021,efficiency,2\nict,2021,total,4\n"), d => d.Code == Codes.ValueNotSumOfParts);
    }

    [Fact]
    public void A_year_outside_the_plan_period_is_an_error()
    {
        Assert.Contains(Validate("ict,1999,overall,B\n"), d => d.Code == Codes.YearOutsidePeriod && d.Location.File.EndsWith("tag_ratings.csv", StringComparison.Ordinal));
    }
}
