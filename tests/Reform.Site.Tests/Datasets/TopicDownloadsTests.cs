using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Reform.Site.Datasets;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Pipeline;
using Reform.Site.Tests.EndToEnd;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>Each topic's items across cities, as CSV and XLSX, linked from the topic's page.</summary>
public sealed class TopicDownloadsTests : IClassFixture<ShippedSiteTests.Site>
{
    private readonly BuiltSite _site;

    public TopicDownloadsTests(ShippedSiteTests.Site site) => _site = site.Built;

    private string Site(string sitePath) => Path.Combine(_site.Root, sitePath);

    [Fact]
    public void Every_topic_has_a_table_per_language_with_a_row_per_mapped_node_and_a_workbook()
    {
        var (data, _) = DataLoader.Load(RepoPaths.ShippedFixture);
        Assert.Contains(data.Topics, t => data.Plans.Any(p => p.Nodes.Any(n => n.Topics.Contains(t.Id))));
        foreach (var topic in data.Topics)
        {
            var mapped = data.Plans.SelectMany(p => p.Nodes.Where(n => n.Topics.Contains(topic.Id)).Select(n => (p, n))).ToList();
            foreach (var lang in Language.All)
            {
                var rows = Records(File.ReadAllText(Site(SitePaths.Download(SitePaths.TopicTable(topic.Id, lang)))));
                Assert.Equal(mapped.Count, rows.Count - 1);
                Assert.Equal(mapped.Select(x => $"{x.p.Key}|{x.n.Id}").Order(StringComparer.Ordinal), rows.Skip(1).Select(r => $"{r[0]}|{r[3]}").Order(StringComparer.Ordinal));
                foreach (var (p, n) in mapped)
                {
                    var row = rows.Single(r => r[0] == p.Key && r[3] == n.Id);
                    Assert.Equal(p.Municipality.Code, row[1]);
                    Assert.Equal(n.Title.For(lang), row[5]);
                    var latest = p.Ratings.Where(r => r.NodeId == n.Id).Select(r => r.FiscalYear).DefaultIfEmpty().Max();
                    Assert.Equal(latest == 0 ? "" : latest.ToString(CultureInfo.InvariantCulture), row[7]);
                }
            }
            using var workbook = SpreadsheetDocument.Open(Site(SitePaths.Download(SitePaths.TopicWorkbook(topic.Id))), false);
            Assert.Equal(["topic_ja", "topic_en"], workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!));
        }
    }

    [Fact]
    public void The_topics_files_are_listed_in_data_order_Japanese_first_whatever_order_they_are_made_in()
    {
        var (data, _) = DataLoader.Load(RepoPaths.ShippedFixture);
        using var temp = new TempDir();
        using var output = new Reform.Site.Output.StagedOutput(temp.Combine("site"), []);
        var list = new DownloadList(output);
        TopicTable.AddAll(list, data);

        var expected = data.Topics.SelectMany(t => new[] { SitePaths.TopicTable(t.Id, Language.Ja), SitePaths.TopicTable(t.Id, Language.En), SitePaths.TopicWorkbook(t.Id) })
            .Select(SitePaths.Download).ToList();
        Assert.Equal(expected, list.Catalog.Select(f => f.Path));
        Assert.Equal(data.Topics.SelectMany(t => new[] { $"topic-{t.Id}-ja", $"topic-{t.Id}-en" }), list.Resources.Select(r => (string)r["name"]!));
    }

    [Fact]
    public void Each_topic_page_links_its_downloads_and_the_links_resolve()
    {
        var (data, _) = DataLoader.Load(RepoPaths.ShippedFixture);
        foreach (var topic in data.Topics)
            foreach (var lang in Language.All)
            {
                var page = SitePaths.Topic(lang, topic.Id);
                var html = File.ReadAllText(Site(page + "index.html"));
                foreach (var target in new[] { SitePaths.Download(SitePaths.TopicTable(topic.Id, lang)), SitePaths.Download(SitePaths.TopicWorkbook(topic.Id)) })
                {
                    Assert.Contains($"href=\"{SitePaths.Relative(page, target)}\"", html, StringComparison.Ordinal);
                    Assert.True(File.Exists(Site(target)), target);
                }
            }
    }

    [Fact]
    public void The_latest_rating_is_of_the_latest_year()
    {
        var (data, _) = DataLoader.Load(RepoPaths.ShippedFixture);
        var rated = data.Plans.SelectMany(p => p.Ratings.Select(r => (p, r))).ToList();
        Assert.NotEmpty(rated);
        foreach (var (p, r) in rated)
            Assert.Equal(p.Ratings.Where(x => x.NodeId == r.NodeId).Max(x => x.FiscalYear), TopicTable.LatestRating(p, r.NodeId)!.FiscalYear);
    }

    private static List<List<string>> Records(string csv)
    {
        using var parser = new CsvHelper.CsvParser(new StringReader(csv), CultureInfo.InvariantCulture);
        var records = new List<List<string>>();
        while (parser.Read()) records.Add(parser.Record!.ToList());
        return records;
    }
}
