using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reform.Site.Tests.EndToEnd;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>The flat tables of the shipped site read as a journalist's spreadsheet reads them: the
/// CSV with type detection (a text cell that looks like a number becomes one, unless it is in the
/// safe form), the XLSX cell by cell. The published totals are worked out here from data/ (the
/// plan-wide rows of tallies.csv and effects.csv), never typed in.</summary>
public sealed partial class FlatTableReadingTests : IClassFixture<ShippedSiteTests.Site>
{
    private static readonly string[] Languages = ["ja", "en"];

    private readonly BuiltSite _site;

    public FlatTableReadingTests(ShippedSiteTests.Site site) => _site = site.Built;

    private string Download(string path) => Path.Combine(_site.Root, "downloads", path);

    /// <summary>Every flat table of the site, read as a spreadsheet would: the all-plans and each
    /// plan's CSV and the flat sheets of the all-plans and each plan's workbook, both languages.</summary>
    private IEnumerable<(string Name, string Lang, Read Table)> FlatTables()
    {
        foreach (var lang in Languages)
        {
            yield return ($"all-flat-{lang}.csv", lang, Csv(Download($"all-flat-{lang}.csv")));
            yield return ($"all.xlsx flat_{lang}", lang, Sheet(Download("all.xlsx"), $"flat_{lang}"));
            foreach (var plan in PlanKeys())
            {
                yield return ($"{plan}-flat-{lang}.csv", lang, Csv(Download($"{plan}-flat-{lang}.csv")));
                yield return ($"{plan}.xlsx flat_{lang}", lang, Sheet(Download($"{plan}.xlsx"), $"flat_{lang}"));
            }
        }
    }

    [Fact]
    public void Summing_the_documented_rows_gives_each_plans_published_totals()
    {
        foreach (var (name, lang, table) in FlatTables())
        {
            var h = Headers(lang);
            foreach (var plan in PlanKeys())
            {
                var code = plan[..6];
                var rows = table.Rows.Where(r => table.Text(r, h["flat.municipality_code"]) == code).ToList();
                if (rows.Count == 0) continue; // a plan's own table holds that plan only
                var assessments = AssessmentNames(plan, lang);

                // Effects: sum level plan, per kind and period, is what the city published.
                var published = PublishedEffects(plan);
                foreach (var level in new[] { "plan", "top" })
                {
                    var effects = rows.Where(r => table.Text(r, h["flat.row_kind"]) == "effect" && table.Text(r, h["flat.sum_level"]) == level).ToList();
                    foreach (var ((kind, from, to), total) in published)
                    {
                        var column = kind == "planned" ? h["flat.effect_planned"] : h["flat.effect_actual"];
                        var selected = effects.Where(r => table.Number(r, h["flat.fiscal_year"]) == from && table.Number(r, h["flat.fiscal_year_to"]) == to && table.Number(r, column) is not null).ToList();
                        if (level == "top" && selected.Count == 0) continue; // no breakdown published
                        Assert.True(total == selected.Sum(r => table.Number(r, column)!.Value), $"{name} {plan} {level} {kind} {from}-{to}");
                    }
                    if (level == "plan") Assert.Equal(published.Count, effects.Count);
                }

                // Counts: sum level plan (and top, where the parts were published), per year, assessment and rating code.
                var counts = PublishedCounts(plan);
                foreach (var level in new[] { "plan", "top" })
                {
                    var countRows = rows.Where(r => table.Text(r, h["flat.row_kind"]) == "count" && table.Text(r, h["flat.sum_level"]) == level).ToList();
                    foreach (var ((year, assessment, rating), total) in counts)
                    {
                        var selected = countRows.Where(r => table.Number(r, h["flat.fiscal_year"]) == year && table.Text(r, h["flat.assessment"]) == assessments[assessment]
                            && table.Text(r, h["flat.rating_code"]) == rating).ToList();
                        if (level == "top" && selected.Count == 0) continue;
                        Assert.True(total == selected.Sum(r => table.Number(r, h["flat.count"])!.Value), $"{name} {plan} {level} {year} {assessment} {rating}");
                    }
                    if (level == "plan") Assert.Equal(counts.Count, countRows.Count);
                }

                // Nothing is left out: every amount and every count of the data is on a row once.
                var allEffects = rows.Where(r => table.Text(r, h["flat.row_kind"]) == "effect").ToList();
                Assert.Equal(Table(plan, "effects").Count, allEffects.Count);
                Assert.Equal(Table(plan, "effects").Sum(e => Yen(e)), allEffects.Sum(r => (table.Number(r, h["flat.effect_planned"]) ?? 0) + (table.Number(r, h["flat.effect_actual"]) ?? 0)));
                Assert.Equal(Table(plan, "tallies").Count, rows.Count(r => table.Text(r, h["flat.row_kind"]) == "count"));
            }
        }
    }

    [Fact]
    public void Isehara_summed_as_documented_is_its_published_total_not_the_double_count()
    {
        var h = Headers("en");
        var table = Csv(Download("all-flat-en.csv"));
        var isehara = table.Rows.Where(r => table.Text(r, h["flat.municipality_code"]) == "142140" && table.Text(r, h["flat.row_kind"]) == "effect").ToList();
        var published = PublishedEffects("142140-isehara-gyozaisei-6")[("actual", 2024, 2024)];
        Assert.Equal(published, isehara.Where(r => table.Text(r, h["flat.sum_level"]) == "plan").Sum(r => table.Number(r, h["flat.effect_actual"]) ?? 0));
        Assert.Equal(published, isehara.Where(r => table.Text(r, h["flat.sum_level"]) == "top").Sum(r => table.Number(r, h["flat.effect_actual"]) ?? 0));
        // The figures printed without their place in the plan are parts, so they are not added.
        Assert.NotEqual(published, isehara.Where(r => table.Text(r, h["flat.sum_level"]) != "plan").Sum(r => table.Number(r, h["flat.effect_actual"]) ?? 0));
        // Sendai's only figure, plan-wide over four years, is there.
        var sendai = PublishedEffects("041009-sendai-keiei-plan").Single();
        Assert.Contains(table.Rows, r => table.Text(r, h["flat.municipality_code"]) == "041009" && table.Number(r, h["flat.fiscal_year"]) == sendai.Key.From
            && table.Number(r, h["flat.fiscal_year_to"]) == sendai.Key.To && table.Number(r, h["flat.effect_actual"]) == sendai.Value);
    }

    [Fact]
    public void The_rating_code_filters_Tomakomai_and_Isehara_alike()
    {
        foreach (var lang in Languages)
        {
            var h = Headers(lang);
            foreach (var table in new[] { Csv(Download($"all-flat-{lang}.csv")), Sheet(Download("all.xlsx"), $"flat_{lang}") })
                foreach (var plan in new[] { "012131-tomakomai-gyosei-sokaku", "142140-isehara-gyozaisei-6" })
                {
                    // What the data says: the item ratings whose level's code is C, printed as Ｃ or C.
                    var levels = ScaleLevels(plan);
                    var expected = Table(plan, "ratings").Count(r => levels.TryGetValue(r["value"], out var level) && string.Equals(level, "C", StringComparison.OrdinalIgnoreCase));
                    Assert.True(expected > 0, plan);
                    // A spreadsheet's filter "equals C" (which ignores case).
                    var filtered = table.Rows.Count(r => table.Text(r, h["flat.municipality_code"]) == plan[..6] && table.Text(r, h["flat.row_kind"]) == "item"
                        && string.Equals(table.Text(r, h["flat.rating_code"]), "C", StringComparison.OrdinalIgnoreCase));
                    Assert.Equal(expected, filtered);
                }
            // The printed symbols differ (Ｃ, C); the code is what a filter can use.
            var all = Csv(Download($"all-flat-{lang}.csv"));
            var printed = all.Rows.Where(r => string.Equals(all.Text(r, h["flat.rating_code"]), "C", StringComparison.OrdinalIgnoreCase)).Select(r => all.Text(r, h["flat.rating"])).ToHashSet();
            Assert.Contains("Ｃ", printed);
            Assert.Contains("C", printed);
        }
    }

    [Fact]
    public void Numbers_like_parenthesised_codes_stay_text_in_CSV_and_XLSX()
    {
        foreach (var (name, lang, table) in FlatTables())
        {
            var h = Headers(lang);
            // Every text cell that a spreadsheet would turn into a number or a date is in the safe form.
            for (var c = 0; c < table.Header.Count; c++)
                if (!table.NumericColumn(c))
                    foreach (var row in table.Rows)
                        Assert.False(table.ReadAsNumber(row, c), $"{name}: {table.Header[c]} = {row[c]}");
            // (1) survives as (1).
            if (table.Rows.Any(r => table.Text(r, h["flat.municipality_code"]) == "041009"))
            {
                Assert.Contains(table.Rows, r => table.Text(r, h["flat.number"]) == "(1)");
                Assert.Contains(table.Rows, r => table.Text(r, h["flat.municipality_code"]) == "041009");
            }
        }
    }

    [Fact]
    public void Every_row_with_figures_names_the_publication_it_came_from()
    {
        // The five reports cite no other publication: every count and effect came from the report.
        foreach (var (name, lang, table) in FlatTables())
        {
            var h = Headers(lang);
            foreach (var plan in PlanKeys())
            {
                var title = PlanJson(plan).GetProperty("plan").GetProperty("source").GetProperty("title");
                var expected = lang == "en" && title.GetProperty("en").GetString() is { Length: > 0 } en ? en : title.GetProperty("ja").GetString();
                var rows = table.Rows.Where(r => table.Text(r, h["flat.municipality_code"]) == plan[..6] && table.Text(r, h["flat.row_kind"]) is "count" or "effect").ToList();
                Assert.All(rows, r => Assert.Equal(expected, table.Text(r, h["flat.source"])));
            }
        }
    }

    [Fact]
    public void The_topics_are_in_the_table_in_its_language()
    {
        foreach (var lang in Languages)
        {
            var h = Headers(lang);
            var table = Csv(Download($"all-flat-{lang}.csv"));
            var topics = Table(null, "themes").ToDictionary(t => t["id"], t => t[$"name_{lang}"]);
            var nodes = PlanKeys().SelectMany(p => Table(p, "nodes").Select(n => (Code: p[..6], Node: n))).ToList();
            foreach (var (code, node) in nodes)
            {
                var ids = node["themes"].Split(';', StringSplitOptions.RemoveEmptyEntries);
                foreach (var row in table.Rows.Where(r => table.Text(r, h["flat.municipality_code"]) == code && table.Text(r, h["flat.node_id"]) == node["id"]))
                {
                    Assert.Equal(string.Join(";", ids), table.Text(row, h["flat.topic_ids"]));
                    Assert.All(ids, id => Assert.Contains(topics[id], table.Text(row, h["flat.topics"])));
                }
            }
            // One cross-city topic filters rows of several cities.
            Assert.True(table.Rows.Where(r => table.Text(r, h["flat.topic_ids"]).Split(';').Contains("digital")).Select(r => table.Text(r, h["flat.municipality_code"])).Distinct().Count() > 1);
        }
    }

    [Fact]
    public void The_XLSX_has_number_formats_autofilter_widths_wrapping_and_properties()
    {
        foreach (var file in PlanKeys().Select(p => $"{p}.xlsx").Append("all.xlsx"))
        {
            using var document = SpreadsheetDocument.Open(Download(file), false);
            var props = document.PackageProperties;
            Assert.False(string.IsNullOrEmpty(props.Title), file);
            Assert.Equal("ja", props.Language);
            var plans = PlanKeys().Where(p => file == "all.xlsx" || file.StartsWith(p, StringComparison.Ordinal)).ToList();
            Assert.All(plans, p => Assert.Contains(PlanJson(p).GetProperty("municipality").GetProperty("name").GetProperty("ja").GetString()!, props.Creator));
            var company = document.ExtendedFilePropertiesPart!.Properties.Company!.Text;
            Assert.All(plans, p => Assert.Contains(PlanJson(p).GetProperty("plan").GetProperty("publisher").GetProperty("ja").GetString()!, company));

            var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
            var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
            var custom = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value!) ?? [];
            string FormatOf(Cell cell)
            {
                var id = formats[(int)(cell.StyleIndex?.Value ?? 0)].NumberFormatId?.Value ?? 0;
                return custom.TryGetValue(id, out var code) ? code : id switch { 0 => "General", 1 => "0", 3 => "#,##0", 49 => "@", _ => id.ToString(CultureInfo.InvariantCulture) };
            }
            bool Wraps(Cell cell) => formats[(int)(cell.StyleIndex?.Value ?? 0)].Alignment?.WrapText?.Value == true;

            foreach (var lang in Languages)
            {
                var h = Headers(lang);
                var part = SheetPart(document, $"flat_{lang}");
                var worksheet = part.Worksheet;
                var rows = worksheet.Descendants<Row>().ToList();
                var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
                var autoFilter = worksheet.Elements<AutoFilter>().SingleOrDefault();
                Assert.NotNull(autoFilter);
                Assert.Equal($"A1:{Letter(header.Count - 1)}{rows.Count}", autoFilter!.Reference!.Value);
                var widths = worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
                Assert.Equal(header.Count, widths.Count);
                Assert.True(widths.Distinct().Count() > 2, file);
                Assert.True(widths[header.IndexOf(h["flat.title"])] > widths[header.IndexOf(h["flat.node_id"])]);

                Cell? CellAt(Row row, int column) => row.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value == $"{Letter(column)}{row.RowIndex!.Value}");
                var amounts = rows.Skip(1).SelectMany(r => new[] { CellAt(r, header.IndexOf(h["flat.effect_planned"])), CellAt(r, header.IndexOf(h["flat.effect_actual"])) }).OfType<Cell>().ToList();
                Assert.All(amounts, c => Assert.Equal("#,##0", FormatOf(c)));
                Assert.All(amounts, c => Assert.Null(c.DataType));
                var titles = rows.Skip(1).Select(r => CellAt(r, header.IndexOf(h["flat.title"]))).OfType<Cell>().ToList();
                Assert.All(titles, c => Assert.True(Wraps(c)));
                Assert.All(titles, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
                if (file.StartsWith("041009", StringComparison.Ordinal) || file == "all.xlsx")
                    Assert.Contains(rows, r => CellAt(r, header.IndexOf(h["flat.number"])) is { } c && c.DataType?.Value == CellValues.InlineString && c.InnerText == "(1)");
            }
        }

        // Tomakomai's one-decimal means keep their decimal: each score column has its scale's decimals.
        using (var tomakomai = SpreadsheetDocument.Open(Download("012131-tomakomai-gyosei-sokaku.xlsx"), false))
        {
            var plan = PlanJson("012131-tomakomai-gyosei-sokaku");
            var decimals = plan.GetProperty("scales").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.TryGetProperty("decimals", out var d) ? d.GetInt32() : 0);
            var styles = tomakomai.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
            var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
            var custom = styles.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value!);
            var sheet = SheetPart(tomakomai, "flat_en").Worksheet;
            var rows = sheet.Descendants<Row>().ToList();
            var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
            var checkedOne = false;
            foreach (var a in plan.GetProperty("assessments").EnumerateArray())
            {
                var scale = a.GetProperty("scale").GetString()!;
                if (decimals[scale] == 0) continue;
                var column = header.IndexOf(a.GetProperty("name").GetProperty("en").GetString()!);
                foreach (var cell in rows.Skip(1).SelectMany(r => r.Elements<Cell>()).Where(c => c.CellReference!.Value!.StartsWith(Letter(column), StringComparison.Ordinal) && !char.IsLetter(c.CellReference!.Value![Letter(column).Length])))
                {
                    var id = formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value;
                    Assert.Equal("0." + new string('0', decimals[scale]), custom[id]);
                    checkedOne = true;
                }
            }
            Assert.True(checkedOne);
        }
    }

    [Fact]
    public void The_datapackage_says_how_to_sum_the_flat_tables()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Download("datapackage.json")));
        foreach (var lang in Languages)
        {
            var resource = doc.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == $"all-flat-{lang}");
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.All(fields, f => Assert.False(string.IsNullOrEmpty(f.GetProperty("description").GetString())));
            var h = Headers(lang);
            var sumLevel = fields.Single(f => f.GetProperty("name").GetString() == h["flat.sum_level"]).GetProperty("description").GetString()!;
            Assert.Contains("plan", sumLevel);
            Assert.Contains("top", sumLevel);
            Assert.Contains("part", sumLevel);
        }
    }

    // ---- the data, read from data/ ----

    private static IEnumerable<string> PlanKeys() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.ShippedFixture, "plans")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static List<Dictionary<string, string>> Table(string? plan, string table)
    {
        var path = plan is null ? Path.Combine(RepoPaths.ShippedFixture, table + ".csv") : Path.Combine(RepoPaths.ShippedFixture, "plans", plan, table + ".csv");
        if (!File.Exists(path)) return [];
        using var parser = new CsvHelper.CsvParser(new StringReader(File.ReadAllText(path)), CultureInfo.InvariantCulture);
        parser.Read();
        var header = parser.Record!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.Read()) rows.Add(header.Select((c, i) => (c, v: parser.Record![i])).ToDictionary(x => x.c, x => x.v));
        return rows;
    }

    private static JsonElement PlanJson(string plan) => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.ShippedFixture, "plans", plan, "plan.json"))).RootElement;

    private static decimal Yen(Dictionary<string, string> effect) => effect["amount"].Length == 0 ? 0
        : decimal.Parse(effect["amount"], CultureInfo.InvariantCulture) * effect["unit"] switch { "円" => 1m, "千円" => 1_000m, "万円" => 10_000m, "百万円" => 1_000_000m, "億円" => 100_000_000m, var u => throw new InvalidOperationException(u) };

    /// <summary>The plan-wide effect amounts (empty node_id) per kind and period.</summary>
    private static Dictionary<(string Kind, int From, int To), decimal> PublishedEffects(string plan) =>
        Table(plan, "effects").Where(e => e["node_id"].Length == 0 && e["amount"].Length > 0)
            .GroupBy(e => (e["kind"], int.Parse(e["fy_from"], CultureInfo.InvariantCulture), int.Parse(e["fy_to"], CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => g.Sum(Yen));

    /// <summary>The plan-wide counts (empty node_id) per year, assessment and rating code (empty = total).</summary>
    private static Dictionary<(int Year, string Assessment, string Rating), int> PublishedCounts(string plan)
    {
        var levels = ScaleLevels(plan);
        return Table(plan, "tallies").Where(t => t["node_id"].Length == 0)
            .ToDictionary(t => (int.Parse(t["fiscal_year"], CultureInfo.InvariantCulture), t["assessment"], t["rating"].Length == 0 ? "" : levels.GetValueOrDefault(t["rating"], t["rating"])),
                t => int.Parse(t["count"], CultureInfo.InvariantCulture));
    }

    /// <summary>Every ordinal level's code and symbol, to its code.</summary>
    private static Dictionary<string, string> ScaleLevels(string plan)
    {
        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (PlanJson(plan).TryGetProperty("scales", out var scales))
            foreach (var level in scales.EnumerateArray().Where(s => s.TryGetProperty("levels", out _)).SelectMany(s => s.GetProperty("levels").EnumerateArray()))
            {
                levels[level.GetProperty("code").GetString()!] = level.GetProperty("code").GetString()!;
                levels[level.GetProperty("symbol").GetString()!] = level.GetProperty("code").GetString()!;
            }
        return levels;
    }

    private static Dictionary<string, string> AssessmentNames(string plan, string lang)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (PlanJson(plan).TryGetProperty("assessments", out var assessments))
            foreach (var a in assessments.EnumerateArray())
            {
                var name = a.GetProperty("name");
                names[a.GetProperty("id").GetString()!] = lang == "en" && name.TryGetProperty("en", out var en) && !string.IsNullOrEmpty(en.GetString()) ? en.GetString()! : name.GetProperty("ja").GetString()!;
            }
        return names;
    }

    /// <summary>The theme's UI strings: the flat tables' headers a reader sees.</summary>
    private static Dictionary<string, string> Headers(string lang) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", lang + ".json"))).RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!);

    // ---- reading as a spreadsheet ----

    private static string Letter(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference.TakeWhile(char.IsLetter)) index = index * 26 + (ch - 'A' + 1);
        return index - 1;
    }

    private static WorksheetPart SheetPart(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        return (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);
    }

    /// <summary>The CSV as a spreadsheet opens it: a leading apostrophe marks text (and is not part
    /// of it); any other cell that looks like a number is read as one.</summary>
    private static Read Csv(string path)
    {
        using var parser = new CsvHelper.CsvParser(new StringReader(File.ReadAllText(path)), CultureInfo.InvariantCulture);
        parser.Read();
        var header = parser.Record!.ToList();
        var rows = new List<IReadOnlyList<string>>();
        while (parser.Read()) rows.Add(parser.Record!.ToList());
        return new Read(header, rows, Xlsx: null);
    }

    /// <summary>A flat sheet of a workbook: text cells are text whatever they hold; number cells are numbers.</summary>
    private static Read Sheet(string path, string name)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var rows = SheetPart(document, name).Worksheet.Descendants<Row>().Select(r =>
        {
            var cells = r.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : ColumnIndex(cells[^1].CellReference!.Value!) + 1;
            var values = new string[width];
            var numeric = new bool[width];
            Array.Fill(values, "");
            foreach (var c in cells)
            {
                var i = ColumnIndex(c.CellReference!.Value!);
                values[i] = c.InnerText;
                numeric[i] = c.DataType is null && c.CellValue is not null;
            }
            return (values, numeric);
        }).ToList();
        var header = rows[0].values.ToList();
        var data = rows.Skip(1).Select(r => (IReadOnlyList<string>)[.. r.values, .. Enumerable.Repeat("", Math.Max(0, header.Count - r.values.Length))]).ToList();
        var numberCells = rows.Skip(1).Select(r => r.numeric).ToList();
        return new Read(header, data, numberCells);
    }

    private sealed partial record Read(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool[]>? Xlsx)
    {
        private readonly Dictionary<object, int> _index = Rows.Select((r, i) => (r, i)).ToDictionary(x => (object)x.r, x => x.i, ReferenceEqualityComparer.Instance);

        private int Column(string header)
        {
            var c = Header.ToList().IndexOf(header);
            return c >= 0 ? c : throw new InvalidOperationException($"no column {header}");
        }

        /// <summary>A column the reader is told holds numbers (the XLSX writes them as numbers;
        /// in the CSV, a column any of whose cells reads as a plain number, the header aside).</summary>
        public bool NumericColumn(int c) => Xlsx is not null
            ? Rows.Select((r, i) => (r, i)).Any(x => c < Xlsx[x.i].Length && Xlsx[x.i][c])
            : Rows.Any(r => c < r.Count && r[c].Length > 0 && PlainNumber().IsMatch(r[c])) && Rows.All(r => c >= r.Count || r[c].Length == 0 || PlainNumber().IsMatch(r[c]));

        /// <summary>Whether the spreadsheet turned a text cell into a number or a date and so
        /// changed it: what CSV type detection does (an XLSX text cell is never changed).</summary>
        public bool ReadAsNumber(IReadOnlyList<string> row, int c)
        {
            if (Xlsx is not null || c >= row.Count) return false;
            var v = row[c];
            if (v.StartsWith('\'')) return false;
            if (DateLike().IsMatch(v)) return true;
            var m = NumberLike().Match(v);
            if (!m.Success) return false;
            // Read as a number; it is changed when the number does not show as the text did.
            var negative = v.StartsWith('(') && v.EndsWith(')');
            var digits = v.Trim('(', ')').Replace(",", "", StringComparison.Ordinal);
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return true;
            return (negative ? -d : d).ToString("R", CultureInfo.InvariantCulture) != v;
        }

        public string Text(IReadOnlyList<string> row, string header)
        {
            var c = Column(header);
            var v = c < row.Count ? row[c] : "";
            return Xlsx is null && v.StartsWith('\'') ? v[1..] : v;
        }

        public decimal? Number(IReadOnlyList<string> row, string header)
        {
            var c = Column(header);
            var v = c < row.Count ? row[c] : "";
            if (Xlsx is not null && !(c < Xlsx[_index[row]].Length && Xlsx[_index[row]][c])) return null;
            return decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
        }

        [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
        private static partial Regex PlainNumber();

        [GeneratedRegex(@"^[-+]?\(?[-+]?(\d[\d,]*)?\.?\d+(e[-+]?\d+)?%?\)?$", RegexOptions.IgnoreCase)]
        private static partial Regex NumberLike();

        [GeneratedRegex(@"^(\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?|\d{1,2}:\d{2}(:\d{2})?)$")]
        private static partial Regex DateLike();
    }
}
