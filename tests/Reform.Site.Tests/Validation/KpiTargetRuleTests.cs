using Reform.Site.Diagnostics;
using Reform.Site.Model;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Validation;

public sealed class KpiTargetRuleTests
{
    private static IReadOnlyList<Diagnostic> Validate(string from, string to)
    {
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        var file = Path.Combine(data, "plans", "012131-sample-plan", "kpis.csv");
        File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));
        return DataLoader.Load(data).Diagnostics;
    }

    [Fact]
    public void A_bound_without_a_target_names_the_empty_target_cell()
    {
        var d = Assert.Single(Validate(",96,2022,decrease,less-than", ",,2022,decrease,less-than"), d => d.Severity == Severity.Error);
        Assert.Equal((Codes.EmptyRequiredCell, "target", 3), (d.Code, d.Location.Column, d.Location.Row));
    }

    [Fact]
    public void A_comparison_that_is_not_one_of_the_four_is_refused() =>
        Assert.Contains(Validate(",decrease,less-than", ",decrease,未満"), d => d.Severity == Severity.Error && d.Location.Column == "target_comparison");

    [Theory]
    [InlineData("at-least", 3.5, 3.5, true)]
    [InlineData("more-than", 3.5, 3.5, false)]
    [InlineData("at-most", 96, 96, true)]
    [InlineData("less-than", 96, 96, false)]
    [InlineData("less-than", 95.9, 96, true)]
    public void Each_bound_includes_or_excludes_its_target_as_the_Japanese_words_do(string code, double value, double target, bool met) =>
        Assert.Equal(met, TargetComparisons.Parse(code)!.Value.Meets((decimal)value, (decimal)target));
}
