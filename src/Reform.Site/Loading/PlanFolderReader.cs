using Reform.Site.Diagnostics;

namespace Reform.Site.Loading;

/// <summary>Reads one plan folder: plan.json and every known CSV table. A file with an unknown
/// name is reported, since it is most often a misspelt table that would otherwise be ignored.</summary>
internal static class PlanFolderReader
{
    public const string PlanFileName = "plan.json";

    public static RawPlan Read(string dataRoot, string folder, DiagnosticBag diagnostics)
    {
        var key = Path.GetFileName(folder);
        var relative = $"plans/{key}";
        var known = TableSchemaCatalog.PlanTables.Select(table => table + ".csv").Prepend(PlanFileName).ToHashSet(StringComparer.Ordinal);
        // Links and oversized files are reported once here and then treated as missing.
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(info => info.Name, StringComparer.Ordinal))
        {
            var file = entry.Name;
            if (file.StartsWith('.')) continue;
            if (!InputFiles.MayRead(entry, $"{relative}/{file}", diagnostics)) refused.Add(file);
            else if (entry is FileInfo && !known.Contains(file) && !file.Equals("README.md", StringComparison.OrdinalIgnoreCase))
                diagnostics.Add(Codes.UnknownTableFile, new SourceLocation($"{relative}/{file}"), value: file, expected: string.Join(", ", known));
        }

        PlanFile? planFile = null;
        var planPath = Path.Combine(folder, PlanFileName);
        if (File.Exists(planPath) && !refused.Contains(PlanFileName))
            planFile = PlanFileReader.Read(planPath, $"{relative}/{PlanFileName}", diagnostics);
        else if (!refused.Contains(PlanFileName))
            diagnostics.Add(Codes.MissingRequiredFile, new SourceLocation($"{relative}/{PlanFileName}"), value: PlanFileName);

        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        // One pool of codes for the plan's tables: a node id is the same string in every table.
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in TableSchemaCatalog.PlanTables)
        {
            var schema = TableSchemaCatalog.Get(name);
            var path = Path.Combine(folder, schema.FileName);
            var rel = $"{relative}/{schema.FileName}";
            if (refused.Contains(schema.FileName))
                tables[name] = Table.Empty(schema, rel);
            else if (File.Exists(path))
                tables[name] = CsvTableReader.Read(path, rel, schema, diagnostics, codes);
            else
            {
                if (name == "nodes") diagnostics.Add(Codes.MissingRequiredFile, new SourceLocation(rel), value: schema.FileName);
                tables[name] = Table.Empty(schema, rel);
            }
        }
        return new RawPlan(key, relative, planFile, tables);
    }
}
