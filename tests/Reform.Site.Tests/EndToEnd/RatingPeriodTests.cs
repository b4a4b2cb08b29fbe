using System.Text;
using System.Text.Json;
using Reform.Site.Cli;
using Reform.Site.Datasets;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>Ratings over a period and as of a date (issue 20 pts 8 and 9): ratings.csv fy_from and
/// as_of. Fixtures/rating-periods transcribes a report of the shape 「推進期間4年間（平成29～令和2年度）
/// における… A17 B12 C1 D0」: a final evaluation of each item over 2017–2020 (from the plan's final
/// report, a second source), the items' ratings of 2019 and 2020, and ratings as of the end of June
/// and of September 2020.</summary>
public sealed class RatingPeriodTests : IClassFixture<RatingPeriodTests.Site>
{
    private const string Plan = "012131-periods-plan";

    private static string Data => Path.Combine(RepoPaths.Fixtures, "rating-periods", "data");

    public sealed class Site : IDisposable
    {
        public BuiltSite Built { get; } = new(Data);

        public void Dispose() => Built.Dispose();
    }

    private readonly BuiltSite _site;

    public RatingPeriodTests(Site site) => _site = site.Built;

    private static List<string> Headers(BuiltSite site, string lang) =>
        site.Page($"{lang}/plans/{Plan}/i1/").QuerySelectorAll("#ratings ~ div table thead th").Select(th => th.TextContent).ToList();

    [Fact]
    public void A_rating_over_years_is_headed_by_its_period_and_one_as_of_a_date_by_its_date()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        Assert.Equal(["評価項目", "評価者", "令和元年度（2019年度）", "2020年（令和2年）6月末時点", "2020年（令和2年）9月末時点", "令和2年度（2020年度）", "平成29年度（2017年度）～令和2年度（2020年度）"], Headers(_site, "ja"));
        Assert.Equal(["Assessment", "Rated by", "FY2019", "as of the end of June 2020", "as of the end of September 2020", "FY2020", "FY2017–FY2020"], Headers(_site, "en"));
        // The reason of the final evaluation names its period, not its last year.
        Assert.Contains("達成状況（平成29年度（2017年度）～令和2年度（2020年度））", _site.Page($"ja/plans/{Plan}/i1/").QuerySelector("dl.reasons dt")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Achievement (FY2017–FY2020)", _site.Page($"en/plans/{Plan}/i1/").QuerySelector("dl.reasons dt")!.TextContent);
    }

    [Fact]
    public void A_tags_rating_over_years_is_a_table_of_its_own_captioned_with_its_period()
    {
        var ja = _site.Page($"ja/plans/{Plan}/").QuerySelectorAll("#tag-ratings ~ div caption").Select(c => c.TextContent).ToList();
        Assert.Equal(["テーマ別の評価集計（令和2年度（2020年度））", "テーマ別の評価集計（平成29年度（2017年度）～令和2年度（2020年度））"], ja);
        var en = _site.Page($"en/plans/{Plan}/").QuerySelectorAll("#tag-ratings ~ div caption").Select(c => c.TextContent).ToList();
        Assert.Equal(["Ratings by category, FY2020", "Ratings by category, FY2017–FY2020"], en);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "downloads", $"{Plan}.json")));
        Assert.Single(document.RootElement.GetProperty("tag_ratings").EnumerateArray(), r => r.TryGetProperty("fy_from", out var from) && from.GetInt32() == 2017);
    }

    [Fact]
    public void The_years_distributions_count_only_the_years_ratings()
    {
        // FY2020: i1 Ａ, i2 Ｂ, i3 Ｂ. Counting the final evaluation or the June and September ratings
        // as FY2020's would make 3 into 10.
        var page = _site.Page($"en/plans/{Plan}/");
        var fy2020 = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Contains("distribution, FY2020", StringComparison.Ordinal));
        Assert.Contains("1 (33.3%)", fy2020.QuerySelector("tbody tr, tfoot tr")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("caption"), c => c.TextContent.Contains("FY2017", StringComparison.Ordinal) && c.TextContent.Contains("distribution", StringComparison.Ordinal));
        using var database = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_site.Root, "downloads", "reform-site.sqlite")};Mode=ReadOnly;Pooling=False");
        database.Open();
        using var query = database.CreateCommand();
        query.CommandText = "SELECT (SELECT SUM(count) FROM rating_counts WHERE fiscal_year = 2020) * 100 + (SELECT COUNT(*) FROM ratings WHERE fiscal_year_from = 2017) * 10 + (SELECT COUNT(*) FROM ratings WHERE as_of IS NOT NULL)";
        Assert.Equal(334L, (long)query.ExecuteScalar()!);
        query.CommandText = "SELECT group_concat(value, '') FROM (SELECT value FROM item_latest ORDER BY node_id)";
        Assert.Equal("ABB", (string)query.ExecuteScalar()!);
    }

    [Fact]
    public void The_downloads_carry_the_period_the_date_and_the_source()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "downloads", $"{Plan}.json")));
        var ratings = document.RootElement.GetProperty("nodes")[0].GetProperty("ratings").EnumerateArray().ToList();
        Assert.Contains(ratings, r => r.TryGetProperty("fy_from", out var from) && from.GetInt32() == 2017 && r.GetProperty("source").GetString() == "final-report");
        Assert.Equal(["2020-06", "2020-09"], ratings.Where(r => r.TryGetProperty("as_of", out _)).Select(r => r.GetProperty("as_of").GetString()));

        var ja = CsvReading.Of(Path.Combine(_site.Root, "downloads", $"{Plan}-flat-ja.csv"));
        var final = ja.Rows.Single(r => ja.Cell(r, "項目ID") == "i1" && ja.Cell(r, "年度（西暦・から）") == "2017");
        Assert.Equal("2020", ja.Cell(final, "年度（西暦・まで）"));
        Assert.Equal("平成29年度～令和2年度", ja.Cell(final, "年度（和暦）"));
        Assert.Equal("行財政改革推進プラン 最終報告", ja.Cell(final, "出典"));
        Assert.Equal(["2020-06", "2020-09"], ja.Rows.Where(r => ja.Cell(r, "項目ID") == "i1" && ja.Cell(r, "時点") != "").Select(r => ja.Cell(r, "時点").TrimStart('\'')));
        var year = ja.Rows.Single(r => ja.Cell(r, "項目ID") == "i1" && ja.Cell(r, "年度（西暦・から）") == "2020" && ja.Cell(r, "時点") == "");
        Assert.Equal("Ａ", ja.Cell(year, "達成状況"));
        Assert.Equal("令和2年度 行財政改革推進プランの取組状況", ja.Cell(year, "出典"));

        var en = CsvReading.Of(Path.Combine(_site.Root, "downloads", $"{Plan}-flat-en.csv"));
        var finalEn = en.Rows.Single(r => en.Cell(r, "Item ID") == "i1" && en.Cell(r, "Fiscal year (from)") == "2017");
        Assert.Equal("Heisei 29–Reiwa 2", en.Cell(finalEn, "Fiscal year (label)"));
        Assert.Equal("Reform plan: final report", en.Cell(finalEn, "Source"));
        Assert.All(en.Rows.Where(r => en.Cell(r, "Row kind") == "count"), r => Assert.Equal("Reform plan: final report", en.Cell(r, "Source")));

        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "downloads", "datapackage.json")));
        var fields = package.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == $"{Plan}-ratings")
            .GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        Assert.Contains("fy_from", fields);
        Assert.Contains("as_of", fields);
    }

    [Fact]
    public void The_workbook_round_trip_keeps_the_period_and_the_date()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(Data, temp.Combine("data"));
        var workbook = temp.Combine("plan.xlsx");
        Assert.Equal(0, CliApp.Run(["export-template", Plan, "--data", temp.Combine("data"), "--out", workbook], new StringWriter(), new StringWriter()));
        var output = new StringWriter();
        Assert.True(CliApp.Run(["import", workbook, "--data", temp.Combine("data")], output, new StringWriter()) == 0, output.ToString());
        var before = DataLoader.Load(Data).DataSet.Plans.Single();
        var after = DataLoader.Load(temp.Combine("data")).DataSet.Plans.Single();
        Assert.Equal(Encoding.UTF8.GetString(PlanDocument.Write(before)), Encoding.UTF8.GetString(PlanDocument.Write(after)));
        Assert.Contains(after.Ratings, r => r.FiscalYearFrom == 2017 && r.IsSpan);
        Assert.Equal(4, after.Ratings.Count(r => r.AsOf is not null));
    }

    [Fact]
    public void A_period_or_date_a_rating_cannot_have_and_a_rating_given_twice_are_errors()
    {
        using var copy = new GoodDataCopy();
        copy.AddColumns("ratings.csv", ",fy_from,as_of", """
            p1-i1-a,2021,overall,A,,,2022,
            p1-i1-a,2021,overall,A,,,2019,
            p1-i1-a,2021,overall,A,,,,2022-04
            p1-i1-a,2021,overall,A,,,,2021-06
            p1-i1-a,2021,overall,B,,,,2021-06

            """);
        var diagnostics = DataLoader.Load(copy.Data).Diagnostics.Where(d => d.Severity == Severity.Error && d.Location.File.EndsWith("ratings.csv", StringComparison.Ordinal)).ToList();
        Assert.Contains(diagnostics, d => d.Code == Codes.FiscalYearsReversed && d.Location.Column == "fy_from");
        Assert.Contains(diagnostics, d => d.Code == Codes.YearOutsidePeriod && d.Location.Column == "fy_from");
        Assert.Contains(diagnostics, d => d.Code == Codes.OutOfRange && d.Location.Column == "as_of" && d.Argument("expected") == "2021-04-01 – 2022-03-31");
        Assert.Single(diagnostics, d => d.Code == Codes.DuplicateCombination && d.Location.Row == 15);
    }

    [Fact]
    public void A_tags_rating_takes_the_same_checks()
    {
        using var copy = new GoodDataCopy();
        copy.AddColumns("tag_ratings.csv", ",fy_from,as_of", """
            ict,2021,overall,B,2022,
            ict,2021,overall,B,,2021-03
            ict,2021,overall,B,2020,
            ict,2021,overall,B,2020,

            """);
        var diagnostics = DataLoader.Load(copy.Data).Diagnostics.Where(d => d.Severity == Severity.Error && d.Location.File.EndsWith("tag_ratings.csv", StringComparison.Ordinal)).ToList();
        Assert.Contains(diagnostics, d => d.Code == Codes.FiscalYearsReversed && d.Location.Row == 4);
        Assert.Contains(diagnostics, d => d.Code == Codes.OutOfRange && d.Location.Column == "as_of" && d.Location.Row == 5);
        Assert.Single(diagnostics, d => d.Code == Codes.DuplicateCombination && d.Location.Row == 7);
    }

    /// <summary>A flat table as a reader's CSV tool reads it, a cell by its column's header.</summary>
    private sealed record CsvReading(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
    {
        public static CsvReading Of(string path)
        {
            using var parser = new CsvHelper.CsvParser(new StringReader(File.ReadAllText(path).TrimStart('\uFEFF')), System.Globalization.CultureInfo.InvariantCulture);
            var rows = new List<string[]>();
            while (parser.Read()) rows.Add(parser.Record!);
            return new CsvReading(rows[0], rows.Skip(1).ToList());
        }

        public string Cell(string[] row, string header) => row[Header.ToList().IndexOf(header)];
    }
}
