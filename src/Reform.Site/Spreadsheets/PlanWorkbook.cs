using Reform.Site.Datasets;
using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Model;

namespace Reform.Site.Spreadsheets;

/// <summary>A plan as an Excel workbook for staff: a guide sheet (which plan, what each column
/// means), then one sheet per table with the current rows, numbers as numbers, and drop-down
/// lists for every column with a fixed set of values (kinds, units, statuses, assessments,
/// text kinds, and rating codes where every assessment uses a named scale).</summary>
internal static class PlanWorkbook
{
    public const string GuideSheet = "guide";

    private static readonly string[] GuideBlankRow = ["", "", ""];
    private static readonly string[] GuideHowToRow =
    [
        "", "",
        "使い方: 各シートの行を直し、新しい行は最後の行の下に足します。コードや番号（001、(1)）の列は文字列の書式です。保存したら reform-site import で取り込みます（エラーがあれば何も変わりません）。 / Edit the rows of each sheet and add new rows below the last one. Code and number columns (001, (1)) are formatted as text. Save, then run reform-site import (on any error nothing changes).",
    ];

    private static readonly string[] GuideHeaderRow = ["sheet", "column", "説明 / meaning"];

    public static byte[] Write(Plan plan, string planFolder)
    {
        var sheets = new List<XlsxSheet> { Guide(plan) };
        foreach (var table in TableSchemaCatalog.PlanTables)
        {
            var schema = TableSchemaCatalog.Get(table);
            var path = Path.Combine(planFolder, schema.FileName);
            var parsed = File.Exists(path)
                ? CsvTableReader.Parse(File.ReadAllText(path), new SourceLocation(schema.FileName), schema, new DiagnosticBag())
                : null;
            // Keep the file's own columns and order, so an untouched export imports byte for byte.
            var columns = parsed is { Columns.Count: > 0 } ? parsed.Columns.ToList() : schema.Fields.Select(f => f.Name).ToList();
            var fields = columns.Select(c => schema.Field(c)!).ToList();
            var rows = parsed?.Rows.Select(r => (IReadOnlyList<string>)columns.Select(c => r.Text(c) ?? "").ToList()).ToList() ?? [];
            var choices = new Dictionary<int, IReadOnlyList<string>>();
            for (var i = 0; i < fields.Count; i++)
                if (Choices(plan, table, fields[i]) is { } values) choices[i] = values;
            sheets.Add(new XlsxSheet(table, columns, fields.Select(f => f.Type is FieldType.Integer or FieldType.Number).ToList(), rows, choices));
        }
        return XlsxWorkbook.Write(sheets);
    }

    private static IReadOnlyList<string>? Choices(Plan plan, string table, FieldSchema field)
    {
        if (field.Enum is { } e) return e;
        if (field.Type == FieldType.Boolean) return ["true", "false"];
        return (table, field.Name) switch
        {
            (_, "assessment") => plan.Assessments.Select(a => a.Id).ToList(),
            ("texts", "kind") => plan.TextKinds.Select(k => k.Id).ToList(),
            ("ratings", "value") when plan.Assessments.All(a => plan.Scale(a.ScaleId)?.Kind == ScaleKind.Ordinal)
                => plan.Assessments.SelectMany(a => plan.Scale(a.ScaleId)!.Levels.Select(l => l.Code)).Distinct().ToList(),
            ("tag_ratings", "tag") => plan.Tags.Select(t => t.Id).ToList(),
            ("tallies", "rating") => plan.Scales.Where(s => s.Kind == ScaleKind.Ordinal).SelectMany(s => s.Levels.Select(l => l.Code)).Distinct().ToList(),
            _ => null,
        };
    }

    private static XlsxSheet Guide(Plan plan)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "plan", plan.Key, "この行は変えないでください。import がどの計画か知るために使います。 / Do not change: import uses it to know the plan." },
            GuideBlankRow,
            GuideHowToRow,
            GuideBlankRow,
            GuideHeaderRow,
        };
        foreach (var table in TableSchemaCatalog.PlanTables)
            foreach (var f in TableSchemaCatalog.Get(table).Fields)
                rows.Add([table, f.Name, (f.Required ? "［必須］" : "") + f.DescriptionJa + " / " + (f.Required ? "[required] " : "") + f.Description]);
        foreach (var a in plan.Assessments)
        {
            var scale = plan.Scale(a.ScaleId);
            rows.Add(["ratings", $"assessment = {a.Id}", $"{a.Name.Ja} / {a.Name.En}: {scale?.Describe()}"]);
        }
        return new XlsxSheet(GuideSheet, ["item", "value", "note"], [false, false, false], rows);
    }
}
