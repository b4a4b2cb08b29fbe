using Reform.Site.Diagnostics;

namespace Reform.Site.Loading;

/// <summary>Reads the data folder: <c>themes.csv</c> and every folder under <c>plans/</c>, in
/// ordinal name order so that everything downstream is deterministic. Plans are read in
/// parallel; the result keeps folder order.</summary>
public static class DataFolderReader
{
    public static RawDataSet Read(string dataRoot, DiagnosticBag diagnostics)
    {
        var themesSchema = TableSchemaCatalog.Get("themes");
        var themesPath = Path.Combine(dataRoot, "themes.csv");
        var themes = File.Exists(themesPath)
            ? CsvTableReader.Read(themesPath, "themes.csv", themesSchema, diagnostics)
            : Table.Empty(themesSchema, "themes.csv");

        var plansRoot = Path.Combine(dataRoot, "plans");
        var folders = Directory.Exists(plansRoot)
            ? Directory.GetDirectories(plansRoot).Order(StringComparer.Ordinal).ToArray()
            : [];
        if (folders.Length == 0)
            diagnostics.Add("RS112", new SourceLocation("plans"), value: plansRoot);

        var plans = new RawPlan[folders.Length];
        Parallel.For(0, folders.Length, i => plans[i] = PlanFolderReader.Read(dataRoot, folders[i], diagnostics));
        return new RawDataSet(themes, plans);
    }
}
