using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Model;
using Reform.Site.Validation;

namespace Reform.Site.Pipeline;

/// <summary>The first stages of every command: load → check → model → validate. Returns the
/// model and everything that is wrong with the input.</summary>
/// <remarks>Each plan is read, modelled and validated on its own, on every core, and its raw
/// tables are dropped as soon as its model is made: reading every plan's tables first held a
/// national data set twice (raw and typed) and was the peak of the memory profile.</remarks>
public static class DataLoader
{
    /// <param name="validate">False to skip the rules over the model (only reading and type checks
    /// are reported): for earlier versions of the data that are only compared, as the change
    /// history does, where the rules were a third of the time.</param>
    public static (DataSet DataSet, IReadOnlyList<Diagnostic> Diagnostics) Load(string dataRoot, bool validate = true)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(dataRoot))
        {
            diagnostics.Add("RS112", new SourceLocation("plans"), value: Path.GetFullPath(dataRoot));
            return (new DataSet([], []), diagnostics.Items);
        }
        var themes = PlanBuilder.BuildThemes(DataFolderReader.ReadThemes(dataRoot, diagnostics));
        if (validate) PlanValidator.ValidateThemes(themes, diagnostics);
        var themeIds = themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var folders = DataFolderReader.PlanFolders(dataRoot, diagnostics);
        var plans = new Plan?[folders.Count];
        Parallel.For(0, folders.Count, i =>
        {
            var raw = PlanFolderReader.Read(dataRoot, folders[i], diagnostics);
            plans[i] = PlanBuilder.Build(raw);
            if (validate && plans[i] is { } plan) PlanValidator.Validate(plan, raw, themeIds, diagnostics);
        });
        return (new DataSet(themes, plans.OfType<Plan>().ToList()), diagnostics.Items);
    }
}
