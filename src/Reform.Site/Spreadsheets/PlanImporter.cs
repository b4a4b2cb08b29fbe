using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Pipeline;

namespace Reform.Site.Spreadsheets;

/// <summary>Turns a filled-in plan workbook back into the plan's canonical CSV files. The new
/// tables are validated together with the rest of the data in a staging copy first; only a
/// clean result replaces the files in data/, so a bad workbook changes nothing.</summary>
public static class PlanImporter
{
    public sealed record Result(string? PlanKey, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written, string? Problem);

    public static Result Import(string workbookPath, string dataDir, string? planKey)
    {
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> sheets;
        try
        {
            sheets = WorkbookReader.Read(workbookPath);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.IO.FileFormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return new Result(null, [], [], $"{workbookPath} is not a readable .xlsx workbook ({e.Message})");
        }
        planKey ??= sheets.TryGetValue(PlanWorkbook.GuideSheet, out var guide) ? guide.FirstOrDefault(r => r.Count > 1 && r[0] == "plan")?[1] : null;
        if (planKey is null) return new Result(null, [], [], "the workbook does not say which plan it is (no plan row on the guide sheet); pass --plan KEY");
        var planFolder = Path.Combine(dataDir, "plans", planKey);
        if (!File.Exists(Path.Combine(planFolder, "plan.json"))) return new Result(planKey, [], [], $"{planFolder} has no plan.json: export the workbook from an existing plan");

        // A sheet left empty does not create a table the plan did not have.
        var tables = TableSchemaCatalog.PlanTables.Where(sheets.ContainsKey)
            .Where(t => sheets[t].Skip(1).Any(r => r.Any(c => c.Length > 0)) || File.Exists(Path.Combine(planFolder, t + ".csv")))
            .ToDictionary(t => t, t => ToCsv(TableSchemaCatalog.Get(t), sheets[t]), StringComparer.Ordinal);
        var staging = Output.ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-import-");
        try
        {
            var stagedPlan = Path.Combine(staging, "plans", planKey);
            Directory.CreateDirectory(stagedPlan);
            if (File.Exists(Path.Combine(dataDir, "themes.csv"))) File.Copy(Path.Combine(dataDir, "themes.csv"), Path.Combine(staging, "themes.csv"));
            foreach (var file in Directory.GetFiles(planFolder)) File.Copy(file, Path.Combine(stagedPlan, Path.GetFileName(file)));
            foreach (var (table, csv) in tables) File.WriteAllText(Path.Combine(stagedPlan, table + ".csv"), csv);
            var (_, diagnostics) = DataLoader.Check(staging);
            if (diagnostics.Any(d => d.Severity == Severity.Error)) return new Result(planKey, diagnostics, [], null);
            foreach (var (table, csv) in tables) File.WriteAllText(Path.Combine(planFolder, table + ".csv"), csv);
            return new Result(planKey, diagnostics, tables.Keys.Select(t => t + ".csv").ToList(), null);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
        }
    }

    /// <summary>Sheet rows to CSV text with the sheet's own header, so an unknown or missing
    /// column is reported by validation exactly as for a hand-edited CSV; blank rows at the end
    /// (Excel keeps them after deletions) are dropped.</summary>
    private static string ToCsv(TableSchema schema, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var header = rows.Count > 0 ? rows[0].Select(h => h.Trim()).ToList() : schema.Fields.Select(f => f.Name).ToList();
        while (header.Count > 0 && header[^1].Length == 0) header.RemoveAt(header.Count - 1);
        var body = rows.Skip(1).Select(r => (IReadOnlyList<string>)Enumerable.Range(0, header.Count).Select(i => i < r.Count ? r[i] : "").ToList()).ToList();
        while (body.Count > 0 && body[^1].All(c => c.Length == 0)) body.RemoveAt(body.Count - 1);
        return CanonicalCsv.Write(header, body);
    }
}
