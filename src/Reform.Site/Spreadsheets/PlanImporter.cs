using Reform.Site.Diagnostics;
using Reform.Site.Infrastructure;
using Reform.Site.Loading;
using Reform.Site.Model;
using Reform.Site.Pipeline;

namespace Reform.Site.Spreadsheets;

/// <summary>Turns a filled-in plan workbook back into the plan's canonical CSV files. The new
/// tables are validated together with the rest of the data in a staging copy first; only a
/// clean result replaces the files in data/, so a bad workbook changes nothing.</summary>
internal static class PlanImporter
{
    /// <summary>What happened. A workbook that cannot be read, or does not name an existing
    /// plan folder, is refused with one coded diagnostic (RS130–RS134) and nothing written.</summary>
    public sealed record Result(string? PlanKey, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Written);

    /// <summary>Whether <paramref name="key"/> can name a plan folder: the municipality code (6
    /// digits), a hyphen and the plan's ID slug, as in 041009-sendai-keiei-plan. A workbook is
    /// data, never a path: this keeps "..", separators, drive letters and the like out.</summary>
    public static bool IsPlanKey(string key) =>
        key.Length > 7 && key[..6].All(char.IsAsciiDigit) && key[6] == '-' && Ids.IsSlug(key[7..]);

    public static Result Import(string workbookPath, string dataDir, string? planKey)
    {
        var workbook = new SourceLocation(Path.GetFileName(workbookPath));
        IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> sheets;
        var formulas = new List<WorkbookReader.FormulaCell>();
        try
        {
            sheets = WorkbookReader.Read(workbookPath, formulas);
        }
        catch (WorkbookRejectedException e)
        {
            return Refused(null, e.Code, workbook, e.Value, e.Expected, detailJa: e.ValueJa);
        }
        var keyAt = workbook.InColumn("--plan", null);
        if (planKey is null && sheets.TryGetValue(PlanWorkbook.GuideSheet, out var guide))
        {
            var row = guide.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Count > 1 && x.r[0] == "plan");
            if (row.r is not null)
            {
                planKey = row.r[1];
                keyAt = new SourceLocation(workbook.File, row.i + 1, Sheet: PlanWorkbook.GuideSheet).InColumn("value", 1);
            }
        }
        if (planKey is null || !IsPlanKey(planKey))
            return Refused(planKey, Codes.NotAPlanKey, planKey is null ? workbook.InColumn(PlanWorkbook.GuideSheet, null) : keyAt, planKey ?? "");
        var plansRoot = Path.GetFullPath(Path.Combine(dataDir, "plans"));
        var planFolder = Path.GetFullPath(Path.Combine(plansRoot, planKey));
        // Belt and braces: whatever the key check allows, the folder must be one level inside plans/.
        if (!IsDirectlyInside(planFolder, plansRoot))
            return Refused(planKey, Codes.NotAPlanKey, keyAt, planKey);
        if (!File.Exists(Path.Combine(planFolder, "plan.json")))
            return Refused(planKey, Codes.PlanNotFound, keyAt, planKey, Path.Combine(dataDir, "plans"));

        // A sheet left empty does not create a table the plan did not have.
        var tables = TableSchemaCatalog.PlanTables.Where(sheets.ContainsKey)
            .Where(t => sheets[t].Skip(1).Any(r => r.Any(c => c.Length > 0)) || File.Exists(Path.Combine(planFolder, t + ".csv")))
            .ToDictionary(t => t, t => ToCsv(TableSchemaCatalog.Get(t), sheets[t]), StringComparer.Ordinal);
        var staging = ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-import-");
        try
        {
            var stagedPlan = Path.GetFullPath(Path.Combine(staging, "plans", planKey));
            if (!IsDirectlyInside(stagedPlan, Path.GetFullPath(Path.Combine(staging, "plans")))) return Refused(planKey, Codes.NotAPlanKey, keyAt, planKey);
            Directory.CreateDirectory(stagedPlan);
            if (File.Exists(Path.Combine(dataDir, "themes.csv"))) File.Copy(Path.Combine(dataDir, "themes.csv"), Path.Combine(staging, "themes.csv"));
            foreach (var file in Directory.GetFiles(planFolder)) File.Copy(file, Path.Combine(stagedPlan, Path.GetFileName(file)));
            foreach (var (table, csv) in tables) File.WriteAllText(Path.Combine(stagedPlan, table + ".csv"), csv);
            var (_, checkedData) = DataLoader.Check(staging);
            var diagnostics = InWorkbookTerms(checkedData, workbook.File, planKey, tables.Keys, formulas, sheets);
            if (diagnostics.Any(d => d.Severity == Severity.Error)) return new Result(planKey, diagnostics, []);
            foreach (var (table, csv) in tables) File.WriteAllText(Path.Combine(planFolder, table + ".csv"), csv);
            return new Result(planKey, diagnostics, tables.Keys.Select(t => t + ".csv").ToList());
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
        }
    }

    /// <summary>The diagnostics of the staged CSV files said in the workbook's own terms: a table
    /// that came from a sheet is reported at that sheet's cell (「effects シート E60」), never as
    /// a CSV file staff do not have. The CSV keeps the sheet's rows and columns (<see cref="ToCsv"/>),
    /// so a row and column of the file are the row and column of the sheet. A cell holding a
    /// formula without a value is reported as that (RS213), not as an empty cell.</summary>
    private static List<Diagnostic> InWorkbookTerms(IReadOnlyList<Diagnostic> diagnostics, string workbook, string planKey,
        IEnumerable<string> tables, IReadOnlyList<WorkbookReader.FormulaCell> formulas, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> sheetRows)
    {
        var sheets = tables.ToDictionary(t => $"plans/{planKey}/{t}.csv", t => t, StringComparer.Ordinal);
        var formulaCells = formulas.Where(f => sheets.ContainsValue(f.Sheet)).ToList();
        var formulaAt = formulaCells.Select(f => (f.Sheet, f.Row, f.Column)).ToHashSet();
        var bag = new DiagnosticBag();
        foreach (var d in diagnostics)
        {
            if (!sheets.TryGetValue(d.Location.File, out var sheet))
            {
                bag.AddRange([d]);
                continue;
            }
            if (d.Code == Codes.EmptyRequiredCell && d.Location is { Row: int r, ColumnIndex: int c } && formulaAt.Contains((sheet, r, c))) continue;
            bag.AddRange([d with { Location = d.Location.InSheet(workbook, sheet) }]);
        }
        foreach (var f in formulaCells)
        {
            var header = sheetRows[f.Sheet] is [var first, ..] && f.Column < first.Count && first[f.Column].Trim() is { Length: > 0 } name ? name : null;
            bag.Add(Codes.FormulaWithoutValue, new SourceLocation(workbook, f.Row, header, f.Column, Sheet: f.Sheet), value: f.Formula);
        }
        return bag.Items.ToList();
    }

    private static Result Refused(string? planKey, DiagnosticCode code, SourceLocation where, string value, string? expected = null, string? detailJa = null)
    {
        var bag = new DiagnosticBag();
        bag.Add(code, where, value: value, expected: expected, more: detailJa is null ? null : [new("detail_ja", detailJa)]);
        return new Result(planKey, bag.Items, []);
    }

    /// <summary>Whether <paramref name="path"/> is a direct child of <paramref name="folder"/>
    /// (both full paths): compared with the separator, so plans-evil/x is not inside plans.</summary>
    private static bool IsDirectlyInside(string path, string folder)
    {
        var parent = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.StartsWith(parent, comparison) && path.Length > parent.Length
            && path.IndexOfAny([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], parent.Length) < 0;
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
