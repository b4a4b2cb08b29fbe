using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Reform.Site.Cli;
using Reform.Site.Datasets;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Spreadsheets;

/// <summary>Staff edit a plan in Excel: export-template, edit, import.</summary>
public sealed class ExcelRoundTripTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (CliApp.Run(args, output, error), output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("012131-tomakomai-gyosei-sokaku")]
    [InlineData("072028-aizuwakamatsu-gyozaisei-kaikaku")]
    [InlineData("042153-osaki-shuchu-kaikaku-5")]
    public void Export_then_import_gives_back_the_same_files_and_model(string plan)
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.ShippedFixture, temp.Combine("data"));
        var workbook = temp.Combine("plan.xlsx");
        Assert.Equal(0, Run("export-template", plan, "--data", temp.Combine("data"), "--out", workbook).Exit);
        using (var document = SpreadsheetDocument.Open(workbook, false))
            Assert.Empty(new OpenXmlValidator().Validate(document));

        var (exit, output, _) = Run("import", workbook, "--data", temp.Combine("data"));
        Assert.True(exit == 0, output);
        foreach (var source in Directory.GetFiles(Path.Combine(RepoPaths.ShippedFixture, "plans", plan)))
            Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(temp.Combine("data", "plans", plan, Path.GetFileName(source))));
        Assert.Equal(Directory.GetFiles(Path.Combine(RepoPaths.ShippedFixture, "plans", plan)).Length, Directory.GetFiles(temp.Combine("data", "plans", plan)).Length);
        var before = DataLoader.Load(RepoPaths.ShippedFixture).DataSet.Plans.Single(p => p.Key == plan);
        var after = DataLoader.Load(temp.Combine("data")).DataSet.Plans.Single(p => p.Key == plan);
        Assert.Equal(Encoding.UTF8.GetString(PlanDocument.Write(before)), Encoding.UTF8.GetString(PlanDocument.Write(after)));
    }

    [Fact]
    public void The_template_explains_columns_and_offers_drop_downs()
    {
        using var temp = new TempDir();
        var workbook = temp.Combine("isehara.xlsx");
        Run("export-template", "142140-isehara-gyozaisei-6", "--data", RepoPaths.ShippedFixture, "--out", workbook);
        using var document = SpreadsheetDocument.Open(workbook, false);
        var part = document.WorkbookPart!;
        WorksheetPart Sheet(string name) => (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);
        Assert.Contains("Node ID", Sheet("guide").Worksheet.InnerText);
        var lists = Sheet("ratings").Worksheet.Descendants<DataValidation>().Select(v => v.Formula1!.Text).ToList();
        Assert.Contains("\"A,B,C,D\"", lists);        // rating codes
        Assert.Contains("\"achievement\"", lists);    // assessments
        Assert.Contains(Sheet("effects").Worksheet.Descendants<DataValidation>(), v => v.Formula1!.Text == "\"planned,actual\"");
    }

    [Fact]
    public void A_workbook_saved_by_Excel_with_shared_strings_imports_and_a_bad_value_changes_nothing()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Combine("data"));
        var ratings = temp.Combine("data", "plans", "012131-sample-plan", "ratings.csv");
        var original = File.ReadAllBytes(ratings);

        var bad = temp.Combine("bad.xlsx");
        ExcelLikeWorkbook(bad, "p1-i1-b", 2021, "◎");
        var (exit, output, _) = Run("import", bad, "--data", temp.Combine("data"), "--lang", "en");
        Assert.Equal(1, exit);
        Assert.Contains("RS401 bad.xlsx: sheet ratings, cell D2 (value)", output); // the workbook's terms, not a CSV staff do not have
        Assert.Equal(original, File.ReadAllBytes(ratings));

        var good = temp.Combine("good.xlsx");
        ExcelLikeWorkbook(good, "p1-i1-b", 2021, "B");
        Assert.Equal(0, Run("import", good, "--data", temp.Combine("data")).Exit);
        Assert.Equal("node_id,fiscal_year,assessment,value,reason_ja,reason_en\np1-i1-b,2021,overall,B,理由,\n", File.ReadAllText(ratings));
    }

    /// <summary>What Excel writes: shared strings for text, plain numbers for years.</summary>
    private static void ExcelLikeWorkbook(string path, string node, int year, string value)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        int S(string text) { strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text))); return strings.SharedStringTable.Count() - 1; }
        Cell Str(string text) => new() { DataType = CellValues.SharedString, CellValue = new CellValue(S(text)) };
        void AddSheet(string name, uint id, params Row[] rows)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(rows));
            workbook.Workbook.Sheets!.AppendChild(new Sheet { Name = name, SheetId = id, Id = workbook.GetIdOfPart(part) });
        }
        AddSheet("guide", 1, new Row(Str("item"), Str("value")), new Row(Str("plan"), Str("012131-sample-plan")));
        AddSheet("ratings", 2,
            new Row(Str("node_id"), Str("fiscal_year"), Str("assessment"), Str("value"), Str("reason_ja"), Str("reason_en")),
            new Row(Str(node), new Cell { CellValue = new CellValue(year) }, Str("overall"), Str(value), Str("理由")));
        workbook.Workbook.Save();
    }
}
