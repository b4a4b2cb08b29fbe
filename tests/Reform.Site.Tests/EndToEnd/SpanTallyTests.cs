using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>Counts over a period (「推進期間4年間（平成29～令和2年度）における… A17 B12 C1 D0」; the fixture's scale has A–C):
/// tallies.csv fy_from, transcribed into a copy of the good fixture.</summary>
public sealed class SpanTallyTests : IDisposable
{
    private const string Plan = GoodDataCopy.Plan;
    private readonly GoodDataCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void A_count_over_years_is_shown_for_its_period_and_kept_apart_from_the_years_counts()
    {
        // Over 2020–2021 the plan counts A17 B12 C1 of 30: far more than FY2021's 2, which must
        // not be compared with it, added to it or taken for FY2021's distribution.
        _copy.AddColumns("tallies.csv", ",fy_from", """
            ,2021,overall,A,17,2020
            ,2021,overall,B,12,2020
            ,2021,overall,C,1,2020
            ,2021,overall,,30,2020

            """);
        using var site = new BuiltSite(_copy.Data);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        var captions = site.Page($"ja/plans/{Plan}/").QuerySelectorAll("caption").Select(c => c.TextContent).ToList();
        Assert.Contains(captions, c => c.Contains("令和2年度（2020年度）～令和3年度（2021年度）の2年間", StringComparison.Ordinal));
        var en = site.Page($"en/plans/{Plan}/").QuerySelectorAll("caption").Select(c => c.TextContent).ToList();
        Assert.Contains(en, c => c.Contains("the 2 years FY2020 to FY2021", StringComparison.Ordinal));
        // FY2021's distribution still counts 2.
        Assert.Contains("2", site.Page($"en/plans/{Plan}/").QuerySelector("table tfoot tr")!.TextContent, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "downloads", $"{Plan}.json")));
        Assert.Equal(4, document.RootElement.GetProperty("tallies").EnumerateArray().Count(t => t.TryGetProperty("fy_from", out var from) && from.GetInt32() == 2020));
        Assert.Equal(4, File.ReadAllLines(Path.Combine(site.Root, "downloads", $"{Plan}-flat-en.csv")).Count(l => l.Contains(",other,", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_or_leaves_the_plan_and_counts_that_do_not_add_up_are_errors()
    {
        _copy.AddColumns("tallies.csv", ",fy_from", """
            ,2021,overall,A,17,2022
            ,2021,overall,B,12,2019
            ,2021,overall,,30,2019

            """);
        var diagnostics = DataLoader.Load(_copy.Data).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(diagnostics, d => d.Code == Codes.FiscalYearsReversed && d.Location.Column == "fy_from");
        Assert.Contains(diagnostics, d => d.Code == Codes.YearOutsidePeriod && d.Location.Column == "fy_from");
        Assert.Contains(diagnostics, d => d.Code == Codes.RatingCountsMismatch);
    }
}
