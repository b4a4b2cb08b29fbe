using Reform.Site.Diagnostics;

namespace Reform.Site.Loading;

/// <summary>Finds what the data folder holds: <c>themes.csv</c>, and the folders under
/// <c>plans/</c> in ordinal name order, so that everything downstream is deterministic. Each
/// plan folder is then read on its own (<see cref="PlanFolderReader"/>), so a national data set
/// is never held as raw tables all at once.</summary>
internal static class DataFolderReader
{
    public static Table ReadTopics(string dataRoot, DiagnosticBag diagnostics)
    {
        var schema = TableSchemaCatalog.Get("themes");
        var path = Path.Combine(dataRoot, "themes.csv");
        return InputFiles.Exists(path) && InputFiles.MayReadFile(path, "themes.csv", diagnostics)
            ? CsvTableReader.Read(path, "themes.csv", schema, diagnostics)
            : Table.Empty(schema, "themes.csv");
    }

    public static IReadOnlyList<string> PlanFolders(string dataRoot, DiagnosticBag diagnostics)
    {
        var plansRoot = Path.Combine(dataRoot, "plans");
        var folders = Directory.Exists(plansRoot) && InputFiles.MayReadFolder(plansRoot, "plans", diagnostics)
            ? Directory.GetDirectories(plansRoot).Order(StringComparer.Ordinal)
                .Where(folder => InputFiles.MayReadFolder(folder, $"plans/{Path.GetFileName(folder)}", diagnostics)).ToArray()
            : [];
        if (folders.Length == 0)
            diagnostics.Add(Codes.NoPlanFolders, new SourceLocation("plans"), value: plansRoot);
        return folders;
    }
}
