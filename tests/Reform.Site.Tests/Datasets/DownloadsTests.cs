using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using NJsonSchema;
using Reform.Site.Datasets;
using Reform.Site.Pipeline;
using Reform.Site.Tests.EndToEnd;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>What a journalist or developer gets from the downloads of the shipped site.</summary>
public sealed class DownloadsTests : IClassFixture<ShippedSiteTests.Site>
{
    private readonly BuiltSite _site;

    public DownloadsTests(ShippedSiteTests.Site site) => _site = site.Built;

    private string Download(string path) => Path.Combine(_site.Root, "downloads", path);

    [Fact]
    public void The_zip_of_everything_loads_back_into_the_same_model()
    {
        using var temp = new TempDir();
        ZipFile.ExtractToDirectory(Download("reform-site-data.zip"), temp.Path);

        var (original, _) = DataLoader.Load(RepoPaths.ShippedFixture);
        var (reloaded, diagnostics) = DataLoader.Load(temp.Path);

        Assert.Empty(diagnostics);
        Assert.Equal(original.Plans.Select(p => p.Key), reloaded.Plans.Select(p => p.Key));
        for (var i = 0; i < original.Plans.Count; i++)
            Assert.Equal(Encoding.UTF8.GetString(PlanDocument.Write(original.Plans[i])), Encoding.UTF8.GetString(PlanDocument.Write(reloaded.Plans[i])));
        Assert.Equal(original.Topics.Select(t => (t.Id, t.Name)), reloaded.Topics.Select(t => (t.Id, t.Name)));
    }

    [Fact]
    public void Canonical_CSVs_have_a_BOM_CRLF_record_ends_and_turn_back_into_the_source_byte_for_byte()
    {
        var sources = Directory.GetDirectories(Path.Combine(RepoPaths.ShippedFixture, "plans")).SelectMany(plan => Directory.GetFiles(plan, "*.csv"))
            .Append(Path.Combine(RepoPaths.ShippedFixture, "themes.csv"));
        foreach (var source in sources)
        {
            var download = Download(Path.GetRelativePath(RepoPaths.ShippedFixture, source).Replace('\\', '/'));
            var bytes = File.ReadAllBytes(download);
            Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), download);
            Assert.Equal(Records(File.ReadAllText(source)), Records(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)));
            AssertOneLineEnding(bytes, download);
            using var back = new MemoryStream();
            using (var file = File.OpenRead(download)) CsvFile.ToCanonical(file, back);
            Assert.True(File.ReadAllBytes(source).AsSpan().SequenceEqual(back.ToArray()), $"{download} does not turn back into {source}");
        }
    }

    [Fact]
    public void Every_CSV_download_ends_every_record_with_CRLF()
    {
        var csvs = Directory.GetFiles(Download(""), "*.csv", SearchOption.AllDirectories);
        Assert.True(csvs.Length > 100, $"{csvs.Length} CSVs");
        foreach (var csv in csvs) AssertOneLineEnding(File.ReadAllBytes(csv), csv);
    }

    /// <summary>Every line break outside quotes is CRLF (a break inside a quoted cell is the cell's text).</summary>
    private static void AssertOneLineEnding(byte[] bytes, string file)
    {
        var quoted = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '"') quoted = !quoted;
            else if (!quoted && bytes[i] == '\n') Assert.True(i > 0 && bytes[i - 1] == '\r', $"{file}: a bare LF at byte {i}");
            else if (!quoted && bytes[i] == '\r') Assert.True(i + 1 < bytes.Length && bytes[i + 1] == '\n', $"{file}: a bare CR at byte {i}");
        }
        Assert.True(bytes.AsSpan().EndsWith("\r\n"u8), $"{file} does not end with CRLF");
    }

    [Fact]
    public void Flat_tables_have_one_item_row_per_node_and_year_a_row_per_count_and_effect_and_the_code_first()
    {
        var (data, _) = DataLoader.Load(RepoPaths.ShippedFixture);
        var sendai = data.Plans.Single(p => p.Municipality.Code == "041009");
        var rows = Records(File.ReadAllText(Download("041009-sendai-keiei-plan-flat-ja.csv")));
        Assert.Equal("全国地方公共団体コード", rows[0][0]);
        // The code is text: in the CSV, in the form a spreadsheet keeps as text.
        Assert.All(rows.Skip(1), r => Assert.Equal("'041009", r[0]));
        var kind = rows[0].IndexOf("行の種類");
        // Sendai: every node once as an item (it rates none, so without a year), a row per published count, and its one effect.
        Assert.Equal(sendai.Nodes.Count, rows.Count(r => r[kind] == "item"));
        Assert.Equal(sendai.Tallies.Count, rows.Count(r => r[kind] == "count"));
        Assert.Equal(sendai.Effects.Count, rows.Count(r => r[kind] == "effect"));
        var fy = rows[0].IndexOf("年度（西暦・から）");
        Assert.Equal(sendai.Tallies.Count, rows.Skip(1).Count(r => r[fy] == "2019"));
        Assert.Contains(rows, r => r.Contains("令和元年度"));
        Assert.Contains(rows, r => r.Contains("平成28年度～令和元年度"));

        var all = Records(File.ReadAllText(Download("all-flat-en.csv")));
        var perPlan = data.Plans.Sum(p => Records(File.ReadAllText(Download($"{p.Key}-flat-en.csv"))).Count - 1);
        Assert.Equal(perPlan, all.Count - 1);
    }

    [Fact]
    public void Amounts_in_flat_tables_are_plain_yen_with_the_unit_in_the_header()
    {
        var rows = Records(File.ReadAllText(Download("142140-isehara-gyozaisei-6-flat-ja.csv")));
        var actual = rows[0].IndexOf("効果額・実績額（円）");
        var kind = rows[0].IndexOf("行の種類");
        var b5 = rows.Single(r => r[5] == "b5" && r[kind] == "effect" && r[actual].Length > 0);
        Assert.Equal("1282125000", b5[actual]);
    }

    [Fact]
    public void The_datapackage_describes_every_CSV_column_and_row_count()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Download("datapackage.json")));
        var resources = doc.RootElement.GetProperty("resources").EnumerateArray().ToList();
        var csvs = Directory.GetFiles(Download("datapackage"), "*.csv", SearchOption.AllDirectories);
        Assert.Equal(csvs.Length, resources.Count);
        foreach (var resource in resources)
        {
            var records = Records(File.ReadAllText(Download(resource.GetProperty("path").GetString()!)));
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToHashSet();
            Assert.All(records[0], column => Assert.Contains(column, fields));
            Assert.Equal(records.Count - 1, resource.GetProperty("rs:rows").GetInt32());
        }
        Assert.Equal("PDL-1.0", doc.RootElement.GetProperty("licenses")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_JSON_documents_match_their_schema()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Root, "schema", "plan-document.schema.json"));
        foreach (var file in Directory.GetFiles(Download(""), "*.json").Where(f => !f.EndsWith("all.json", StringComparison.Ordinal) && !f.EndsWith("datapackage.json", StringComparison.Ordinal)))
            Assert.Empty(schema.Validate(File.ReadAllText(file)));
        using var all = JsonDocument.Parse(File.ReadAllText(Download("all.json")));
        foreach (var plan in all.RootElement.GetProperty("plans").EnumerateArray())
            Assert.Empty(schema.Validate(plan.GetRawText()));
    }

    [Fact]
    public void The_XLSX_opens_validates_and_keeps_codes_as_text_and_numbers_as_numbers()
    {
        using var document = SpreadsheetDocument.Open(Download("012131-tomakomai-gyosei-sokaku.xlsx"), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var workbook = document.WorkbookPart!;
        var names = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["flat_ja", "flat_en", "nodes", "departments", "node_departments", "ratings", "tag_ratings", "schedule", "texts"], names);
        var flat = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var rows = flat.Worksheet.Descendants<Row>().ToList();
        var code = rows[1].Elements<Cell>().First();
        Assert.Equal(CellValues.InlineString, code.DataType!.Value);
        Assert.Equal("012131", code.InnerText);
        var level = rows[1].Elements<Cell>().Single(c => c.CellReference == "H2");
        Assert.Null(level.DataType);
        Assert.Equal("1", level.CellValue!.Text);
        Assert.Empty(flat.Worksheet.Descendants<CellFormula>());
        // Every data row of the source is a row of the sheet.
        var (data, _) = DataLoader.Load(RepoPaths.ShippedFixture);
        var ratings = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "ratings").Id!);
        Assert.Equal(data.Plans.Single(p => p.Municipality.Code == "012131").Ratings.Count + 1, ratings.Worksheet.Descendants<Row>().Count());
    }

    [Fact]
    public void The_downloads_page_lists_every_file_with_format_size_and_rows_in_both_languages()
    {
        var files = Directory.GetFiles(Download(""), "*", SearchOption.AllDirectories)
            .Select(f => "downloads/" + Path.GetRelativePath(Download(""), f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("downloads/datapackage/", StringComparison.Ordinal)) // the data package's parts, which datapackage.json lists
            .ToHashSet();
        foreach (var lang in new[] { "ja", "en" })
        {
            var page = _site.Page($"{lang}/downloads/");
            var linked = page.QuerySelectorAll("main table a").Select(a => BuiltSite.Resolve($"{lang}/downloads/", a.GetAttribute("href")!)).ToHashSet();
            Assert.Equal(files.Order(), linked.Order());
            var row = page.QuerySelectorAll("main table tr").First(tr => tr.TextContent.Contains("041009-sendai-keiei-plan-flat-ja.csv"));
            Assert.Contains("CSV", row.TextContent);
            // Sendai: one item row per node (25), one per published count (72) and its one effect.
            Assert.Equal("98", row.QuerySelectorAll("td")[^1].TextContent);
            Assert.Contains(lang == "ja" ? "公共データ利用規約（第1.0版）" : "Public Data License (Version 1.0)", page.Body!.TextContent);
            var jsonLd = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
            Assert.Equal("Dataset", JsonDocument.Parse(jsonLd).RootElement.GetProperty("@type").GetString());
        }
        using var catalog = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "catalog.jsonld")));
        Assert.Equal(6, catalog.RootElement.GetProperty("dcat:dataset").GetArrayLength()); // all plans, then each plan
    }

    private static List<List<string>> Records(string csv)
    {
        using var parser = new CsvHelper.CsvParser(new StringReader(csv), System.Globalization.CultureInfo.InvariantCulture);
        var records = new List<List<string>>();
        while (parser.Read()) records.Add(parser.Record!.ToList());
        return records;
    }
}
