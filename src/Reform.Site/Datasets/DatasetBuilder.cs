using System.Text.Json.Nodes;
using Reform.Site.Loading;
using Reform.Site.Model;
using Reform.Site.Output;
using Reform.Site.Rendering;

namespace Reform.Site.Datasets;

/// <summary>Makes the downloads: for every plan and for all plans together, the canonical
/// tables (loadable again), the reader's flat tables (ja, en), JSON, XLSX, ZIP, and
/// Frictionless metadata. Laid out so that <c>downloads/</c> is itself a valid data folder.</summary>
public sealed class DatasetBuilder(DataSet data, string dataRoot, IReadOnlyDictionary<string, ThemeStrings> strings)
{
    public const string Root = "downloads/";

    private readonly List<OutputFile> _files = [];
    private readonly List<DatasetFile> _catalog = [];

    public (IReadOnlyList<OutputFile> Files, IReadOnlyList<DatasetFile> Catalog) Build()
    {
        var themes = CsvFile.WithBom(File.ReadAllBytes(Path.Combine(dataRoot, "themes.csv")));
        var everything = new List<(string, byte[])>();
        var packageResources = new List<JsonObject>();
        Add("themes.csv", themes, "CSV", "text/csv", data.Themes.Count, null, LocalizedText.Of("分野の一覧", "Themes"), "themes", everything);
        packageResources.Add(DataPackage.CanonicalResource("themes", "themes.csv", "themes", data.Themes.Count));

        foreach (var plan in data.Plans)
        {
            var planEntries = new List<(string, byte[])> { ("themes.csv", themes) };
            var planResources = new List<JsonObject> { DataPackage.CanonicalResource("themes", "themes.csv", "themes", data.Themes.Count) };
            var title = new LocalizedText($"{plan.Municipality.Name.Ja} {plan.Metadata.Title.Ja}", $"{plan.Municipality.Name.En} {plan.Metadata.Title.En}");
            var folder = Path.Combine(dataRoot, "plans", plan.Key);
            var planJson = $"plans/{plan.Key}/plan.json";
            Add(planJson, File.ReadAllBytes(Path.Combine(folder, "plan.json")), "JSON", "application/json", null, plan.Key, Label(title, "plan.json"), "plan", everything, planEntries);
            foreach (var table in TableSchemaCatalog.PlanTables)
            {
                var source = Path.Combine(folder, table + ".csv");
                if (!File.Exists(source)) continue;
                var path = $"plans/{plan.Key}/{table}.csv";
                var rows = RowCount(plan, table);
                Add(path, CsvFile.WithBom(File.ReadAllBytes(source)), "CSV", "text/csv", rows, plan.Key, Label(title, table + ".csv"), table, everything, planEntries);
                var resource = DataPackage.CanonicalResource($"{plan.Key}-{table}", path, table, rows);
                planResources.Add(resource);
                packageResources.Add(resource.DeepClone().AsObject());
            }
            var sheets = new List<XlsxSheet>();
            foreach (var (lang, s) in strings.OrderBy(x => x.Key == "en"))
            {
                var (header, numeric, rows) = new FlatTable(s).ForPlan(plan);
                var path = $"{plan.Key}-flat-{lang}.csv";
                Add(path, CsvFile.Write(header, rows), "CSV", "text/csv", rows.Count, plan.Key, Label(title, $"flat ({lang})"), "flat", everything, planEntries);
                var resource = DataPackage.FlatResource($"{plan.Key}-flat-{lang}", path, header, numeric, rows.Count);
                planResources.Add(resource);
                packageResources.Add(resource.DeepClone().AsObject());
                sheets.Add(new XlsxSheet($"flat_{lang}", header, numeric, rows));
            }
            sheets.AddRange(CanonicalSheets(plan));
            Add($"{plan.Key}.json", PlanDocument.Write(plan), "JSON", "application/json", null, plan.Key, Label(title, "JSON"), "document", everything, planEntries);
            Add($"{plan.Key}.xlsx", XlsxWorkbook.Write(sheets), "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null, plan.Key, Label(title, "XLSX"), "workbook", everything, planEntries);
            planEntries.Add(("datapackage.json", DataPackage.Write($"reform-site-{plan.Key}", title, plan.Metadata.License, planResources)));
            Add($"{plan.Key}.zip", DeterministicZip.Create(planEntries), "ZIP", "application/zip", null, plan.Key, Label(title, "ZIP"), "archive", null);
        }

        var allSheets = new List<XlsxSheet>();
        foreach (var (lang, s) in strings.OrderBy(x => x.Key == "en"))
        {
            var (header, numeric, rows) = new FlatTable(s).ForAll(data.Plans);
            var path = $"all-flat-{lang}.csv";
            Add(path, CsvFile.Write(header, rows), "CSV", "text/csv", rows.Count, null, LocalizedText.Of($"全計画の一覧表（{lang}）", $"All plans, flat table ({lang})"), "flat", everything);
            packageResources.Add(DataPackage.FlatResource($"all-flat-{lang}", path, header, numeric, rows.Count));
            allSheets.Add(new XlsxSheet($"flat_{lang}", header, numeric, rows));
        }
        Add("all.json", PlanDocument.WriteAll(data.Plans), "JSON", "application/json", null, null, LocalizedText.Of("全計画（JSON）", "All plans (JSON)"), "document", everything);
        Add("all.xlsx", XlsxWorkbook.Write(allSheets), "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null, null, LocalizedText.Of("全計画（Excel）", "All plans (Excel)"), "workbook", everything);
        var package = DataPackage.Write("reform-site", LocalizedText.Of("行財政改革オープンデータ", "Administrative Reform Open Data"), "PDL-1.0", packageResources);
        Add("datapackage.json", package, "JSON", "application/json", null, null, LocalizedText.Of("データパッケージ記述（Frictionless）", "Data package descriptor (Frictionless)"), "datapackage", everything);
        Add("reform-site-data.zip", DeterministicZip.Create(everything), "ZIP", "application/zip", null, null, LocalizedText.Of("全データ一括（ZIP）", "Everything (ZIP)"), "archive", null);
        return (_files, _catalog);
    }

    /// <summary>Each canonical table as a sheet: numbers as numbers, codes and IDs as text.</summary>
    private IEnumerable<XlsxSheet> CanonicalSheets(Plan plan)
    {
        var folder = Path.Combine(dataRoot, "plans", plan.Key);
        foreach (var table in TableSchemaCatalog.PlanTables)
        {
            var source = Path.Combine(folder, table + ".csv");
            if (!File.Exists(source)) continue;
            var schema = TableSchemaCatalog.Get(table);
            var parsed = CsvTableReader.Parse(File.ReadAllText(source), new Diagnostics.SourceLocation(table), schema, new Diagnostics.DiagnosticBag());
            var columns = parsed.Columns;
            yield return new XlsxSheet(table, columns,
                columns.Select(c => schema.Field(c)?.Type is FieldType.Integer or FieldType.Number).ToList(),
                parsed.Rows.Select(r => (IReadOnlyList<string>)columns.Select(c => r.Text(c) ?? "").ToList()).ToList());
        }
    }

    private static int RowCount(Plan plan, string table) => table switch
    {
        "nodes" => plan.Nodes.Count,
        "departments" => plan.Departments.Count,
        "node_departments" => plan.NodeDepartments.Count,
        "ratings" => plan.Ratings.Count,
        "tallies" => plan.Tallies.Count,
        "effects" => plan.Effects.Count,
        "kpis" => plan.Kpis.Count,
        "kpi_values" => plan.KpiValues.Count,
        "schedule" => plan.Schedule.Count,
        "texts" => plan.Texts.Count,
        _ => 0,
    };

    private static LocalizedText Label(LocalizedText plan, string what) => new($"{plan.Ja}（{what}）", $"{plan.En} ({what})");

    private void Add(string path, byte[] bytes, string format, string mediaType, int? rows, string? planKey, LocalizedText title, string? table,
        List<(string, byte[])>? everything, List<(string, byte[])>? planEntries = null)
    {
        _files.Add(new OutputFile(Root + path, bytes));
        _catalog.Add(new DatasetFile(Root + path, format, mediaType, bytes.LongLength, rows, planKey, title, table));
        everything?.Add((path, bytes));
        planEntries?.Add((path, bytes));
    }
}
