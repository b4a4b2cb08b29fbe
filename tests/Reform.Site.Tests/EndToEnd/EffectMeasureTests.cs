using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>What an effect amount measures (effects.csv measure): an amount compared with a base
/// year or totalled over several plans is shown, labelled, and never added to this plan's totals.</summary>
public sealed class EffectMeasureTests : IDisposable
{
    private const string Plan = GoodDataCopy.Plan;
    private readonly GoodDataCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Amounts_of_other_measures_are_labelled_and_left_out_of_every_sum()
    {
        _copy.AddColumns("effects.csv", ",measure,base_fy,plans_ja,plans_en", """
            p2,2021,2021,actual,9,百万円,,,,vs-base-year,2017,,
            ,2021,2021,actual,111,億円,,,,multi-plan,,第1次～第3次計画,plans 1 to 3

            """);
        using var site = new BuiltSite(_copy.Data);
        // The plan-wide 2 百万円 is still the sum of p1 (1,500 千円) and p2 (500 千円): no RS504.
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        var ja = site.Page($"ja/plans/{Plan}/").QuerySelector("#figures")!.ParentElement!.TextContent;
        Assert.Contains("第1次～第3次計画の累計（この計画だけの効果ではありません）", ja, StringComparison.Ordinal);
        var en = site.Page($"en/plans/{Plan}/p2/").QuerySelector("main")!.TextContent;
        Assert.Contains("compared with FY2017 (not added to this plan's totals)", en, StringComparison.Ordinal);
        var flat = File.ReadAllLines(Path.Combine(site.Root, "downloads", $"{Plan}-flat-en.csv"));
        Assert.Equal(2, flat.Count(line => line.Contains(",other,", StringComparison.Ordinal)));
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "downloads", $"{Plan}.json")));
        var planWide = document.RootElement.GetProperty("effects").EnumerateArray().Single(e => e.GetProperty("measure").GetString() == "multi-plan");
        Assert.Equal("第1次～第3次計画", planWide.GetProperty("plans").GetProperty("ja").GetString());
    }

    [Fact]
    public void A_comparison_without_its_base_year_and_a_multi_plan_total_without_its_plans_name_the_empty_cell()
    {
        _copy.AddColumns("effects.csv", ",measure,base_fy,plans_ja,plans_en", """
            p2,2021,2021,actual,9,百万円,,,,vs-base-year,,,
            ,2021,2021,actual,111,億円,,,,multi-plan,,,

            """);
        var diagnostics = DataLoader.Load(_copy.Data).Diagnostics.Where(d => d.Code == Codes.EmptyRequiredCell).Select(d => d.Location.Column).ToList();
        Assert.Equal(["base_fy", "plans_ja"], diagnostics);
    }
}
