using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reform.Site.Cli;
using Reform.Site.Loading;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Spreadsheets;

/// <summary>Mistakes a spreadsheet makes silently (issue 24): a formula that failed, a formula
/// saved without its value, a code typed into a General cell. Each gets a code, said at the
/// sheet and cell staff see, and the import changes nothing.</summary>
public sealed class SpreadsheetMistakeTests : IDisposable
{
    private const string Plan = "012131-sample-plan";
    private readonly TempDir _temp = new();

    public SpreadsheetMistakeTests() => TempDir.CopyTree(RepoPaths.GoodData, Data);

    private string Data => _temp.Combine("data");

    private string Effects => Path.Combine(Data, "plans", Plan, "effects.csv");

    public void Dispose() => _temp.Dispose();

    private static (int Exit, string Out) Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = CliApp.Run(args, output, new StringWriter());
        return (exit, output.ToString());
    }

    /// <summary>A workbook with the guide and an effects sheet holding the good fixture's rows;
    /// <paramref name="cell"/> replaces the amount of the first row (sheet cell E2).</summary>
    private string Workbook(Func<Cell> cell)
    {
        var path = _temp.Combine("plan.xlsx");
        var rows = File.ReadAllLines(Effects).Select(l => l.Split(',')).ToList();
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        static Cell Text(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
        void AddSheet(string name, uint id, IEnumerable<Row> sheetRows)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(sheetRows));
            workbook.Workbook.Sheets!.AppendChild(new Sheet { Name = name, SheetId = id, Id = workbook.GetIdOfPart(part) });
        }
        AddSheet("guide", 1, [new Row(Text("plan"), Text(Plan))]);
        AddSheet("effects", 2, rows.Select((r, i) => new Row(r.Select((v, c) =>
        {
            var made = i == 1 && c == 4 ? cell() : Text(v);
            made.CellReference = $"{(char)('A' + c)}{i + 1}";
            return made;
        }))
        { RowIndex = (uint)(i + 1) }));
        workbook.Workbook.Save();
        return path;
    }

    [Theory]
    [InlineData("#NAME?")]
    [InlineData("#REF!")]
    [InlineData("#VALUE!")]
    [InlineData("#DIV/0!")]
    [InlineData("#N/A")]
    [InlineData("#NUM!")]
    [InlineData("#NULL!")]
    [InlineData("#SPILL!")]
    [InlineData("#CALC!")]
    [InlineData("#GETTING_DATA")]
    public void An_error_cell_is_a_coded_error_at_its_sheet_and_cell_and_nothing_changes(string error)
    {
        var before = File.ReadAllBytes(Effects);
        var book = Workbook(() => new Cell { DataType = CellValues.Error, CellValue = new CellValue(error), CellFormula = new CellFormula("SUM(X1)") });
        var (exit, output) = Run("import", book, "--data", Data);
        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains($"error RS212 plan.xlsx「effects シート E2」（amount） / plan.xlsx: sheet effects, cell E2 (amount)", output);
        Assert.Contains($"ja: セルが表計算ソフトのエラー値 {error} になっています", output);
        Assert.DoesNotContain("effects.csv", output);
        Assert.Equal(before, File.ReadAllBytes(Effects));
    }

    [Theory]
    [InlineData("#NAME?")]
    [InlineData("#N/A")]
    [InlineData("Err:502")]
    public void An_error_value_typed_into_a_csv_is_a_coded_error(string error)
    {
        File.WriteAllText(Effects, File.ReadAllText(Effects).Replace("p1,2021,2021,actual,1500,", $"p1,2021,2021,actual,{error},", StringComparison.Ordinal));
        var (exit, output) = Run("validate", "--data", Data, "--content", _temp.Combine("none"));
        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains($"error RS212 plans/{Plan}/effects.csv:2 [E: amount]", output);
    }

    [Fact]
    public void A_formula_without_a_value_says_so_not_empty()
    {
        var book = Workbook(() => new Cell { CellFormula = new CellFormula("VLOOKUP(A2,Sheet9!A:B,2,FALSE)") });
        var (exit, output) = Run("import", book, "--data", Data, "--lang", "en");
        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains("error RS213 plan.xlsx: sheet effects, cell E2 (amount)", output);
        Assert.Contains("=VLOOKUP(A2,Sheet9!A:B,2,FALSE)", output);
        Assert.DoesNotContain("RS201", output);
    }

    [Fact]
    public void A_numeric_cell_that_was_a_bracketed_label_is_flagged_with_what_it_probably_was()
    {
        var nodes = Path.Combine(Data, "plans", Plan, "nodes.csv");
        File.AppendAllText(nodes, "p1-i2,p1,2,-2,歳入の確保,Securing revenue,,finance,,\n");
        var (exit, output) = Run("validate", "--data", Data, "--content", _temp.Combine("none"), "--lang", "ja");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains($"warning RS214 plans/{Plan}/nodes.csv:7 [D: number]", output);
        Assert.Contains("「-2」は、表計算ソフトが書き換えた「(2)」のよう", output);
    }

    [Fact]
    public void A_reference_that_lost_its_leading_zeros_names_the_code_it_was()
    {
        var departments = Path.Combine(Data, "plans", Plan, "departments.csv");
        File.WriteAllText(departments, File.ReadAllText(departments).Replace("zaisei,", "001,", StringComparison.Ordinal));
        foreach (var table in new[] { "node_departments.csv", "texts.csv" })
        {
            var path = Path.Combine(Data, "plans", Plan, table);
            File.WriteAllText(path, File.ReadAllText(path).Replace(",zaisei,", ",001,", StringComparison.Ordinal));
        }
        var links = Path.Combine(Data, "plans", Plan, "node_departments.csv");
        File.WriteAllText(links, File.ReadAllText(links).Replace("p1-i1-a,001,", "p1-i1-a,1,", StringComparison.Ordinal));
        var (exit, output) = Run("validate", "--data", Data, "--content", _temp.Combine("none"), "--lang", "en");
        Assert.Equal(ExitCodes.DataError, exit);
        Assert.Contains("\"1\" in column department_id refers to a department that does not exist. Did you mean \"001\"?", output);
        Assert.Contains("Valid values: 001, johou", output);
        Assert.Contains($"warning RS214 plans/{Plan}/node_departments.csv:2 [B: department_id]", output);
    }

    [Theory]
    [InlineData("zaisie", "zaisei")]
    [InlineData("johuo", "johou")]
    [InlineData("somu", null)]
    public void An_unknown_department_suggests_the_nearest_and_lists_the_valid_ones(string typed, string? nearest)
    {
        var links = Path.Combine(Data, "plans", Plan, "node_departments.csv");
        File.WriteAllText(links, File.ReadAllText(links).Replace("p1-i1-a,zaisei,", $"p1-i1-a,{typed},", StringComparison.Ordinal));
        var (_, output) = Run("validate", "--data", Data, "--content", _temp.Combine("none"));
        Assert.Contains($"error RS302 plans/{Plan}/node_departments.csv:2 [B: department_id]", output);
        Assert.Contains("使える値: johou, zaisei", output);
        Assert.Contains("担当課（departments.csv の id）", output);
        if (nearest is null) Assert.DoesNotContain("もしかして", output);
        else Assert.Contains($"もしかして「{nearest}」ですか？", output);
    }

    [Fact]
    public void The_template_formats_every_code_and_label_column_as_text_for_rows_typed_below()
    {
        var book = _temp.Combine("template.xlsx");
        Assert.Equal(0, Run("export-template", Plan, "--data", Data, "--out", book).Exit);
        using var document = SpreadsheetDocument.Open(book, false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "nodes");
        var columns = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Column>().ToList();
        var textStyle = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().Select((f, i) => (f, i)).Where(x => x.f.NumberFormatId?.Value == 49).Select(x => (uint)x.i).ToHashSet();
        // id (A), parent_id (B), number (D): the whole column, so a row typed below the data keeps 001 and (1).
        foreach (var index in new uint[] { 1, 2, 4 })
            Assert.Contains(columns, c => c.Min!.Value <= index && c.Max!.Value >= index && textStyle.Contains(c.Style!.Value));
    }

    [Theory]
    [InlineData("令和3年度（実績）", 2021)]
    [InlineData("令和元年度総評", 2019)]
    [InlineData("平成30年度", 2018)]
    [InlineData("R5取組状況", 2023)]
    [InlineData("FY2022 results", 2022)]
    [InlineData("２０２２年度の見込み", 2022)]
    [InlineData("主な取組内容", null)]
    [InlineData("RPA の導入", null)]
    public void A_text_kind_name_names_its_fiscal_year(string name, int? year) =>
        Assert.Equal(year, Reform.Site.Validation.TextKindYearRule.YearIn(name));

    [Fact]
    public void An_unquoted_word_in_plan_json_is_found_where_the_parser_stopped() =>
        Assert.Equal("令和4", PlanFileReader.Near("{\n  \"year\": 令和4,\n}", 2, 10).Bare);
}
