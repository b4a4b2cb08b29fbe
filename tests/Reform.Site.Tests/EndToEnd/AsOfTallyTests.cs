using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>Counts as of a date, several in one year (end of June, September, December):
/// tallies.csv as_of, transcribed into a copy of the good fixture.</summary>
public sealed class AsOfTallyTests : IDisposable
{
    private const string Plan = GoodDataCopy.Plan;
    private readonly GoodDataCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Counts_of_one_year_at_three_dates_are_three_tables_kept_apart_from_the_years_count()
    {
        _copy.AddColumns("tallies.csv", ",as_of", """
            ,2021,overall,A,0,2021-06
            ,2021,overall,B,2,2021-06
            ,2021,overall,,2,2021-06
            ,2021,overall,A,1,2021-09
            ,2021,overall,B,1,2021-09
            ,2021,overall,,2,2021-09
            ,2021,overall,A,1,2021-12-31
            ,2021,overall,B,1,2021-12-31
            ,2021,overall,,2,2021-12-31

            """);
        using var site = new BuiltSite(_copy.Data);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        var ja = site.Page($"ja/plans/{Plan}/").QuerySelectorAll("#span-tallies ~ div caption").Select(c => c.TextContent).ToList();
        Assert.Equal(3, ja.Count);
        Assert.Contains(ja, c => c.Contains("2021年6月末現在", StringComparison.Ordinal));
        Assert.Contains(ja, c => c.Contains("2021年12月31日現在", StringComparison.Ordinal));
        var en = site.Page($"en/plans/{Plan}/").QuerySelectorAll("#span-tallies ~ div caption").Select(c => c.TextContent).ToList();
        Assert.Contains(en, c => c.Contains("as of end of September 2021", StringComparison.Ordinal));
        Assert.Equal(9, File.ReadAllLines(Path.Combine(site.Root, "downloads", $"{Plan}-flat-en.csv")).Count(l => l.Contains(",other,", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_date_outside_the_fiscal_year_or_not_a_date_is_out_of_range()
    {
        _copy.AddColumns("tallies.csv", ",as_of", ",2021,overall,,2,2021-03\n,2021,overall,,2,2022-02-30\n");
        var errors = DataLoader.Load(_copy.Data).Diagnostics.Where(d => d.Code == Codes.OutOfRange && d.Location.Column == "as_of").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("2021-04-01 – 2022-03-31", errors[0].Argument("expected"));
    }
}
