using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Model;
using Reform.Site.Validation;

namespace Reform.Site.Pipeline;

/// <summary>The first stages of every command: load → check → model → validate. Returns the
/// model and everything that is wrong with the input.</summary>
public static class DataLoader
{
    public static (DataSet DataSet, IReadOnlyList<Diagnostic> Diagnostics) Load(string dataRoot)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(dataRoot))
        {
            diagnostics.Add("RS112", new SourceLocation("plans"), value: Path.GetFullPath(dataRoot));
            return (new DataSet([], []), diagnostics.Items);
        }
        var raw = DataFolderReader.Read(dataRoot, diagnostics);
        var themes = PlanBuilder.BuildThemes(raw.Themes);
        PlanValidator.ValidateThemes(themes, diagnostics);
        var themeIds = themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var plans = new Plan?[raw.Plans.Count];
        Parallel.For(0, raw.Plans.Count, i =>
        {
            plans[i] = PlanBuilder.Build(raw.Plans[i]);
            if (plans[i] is { } plan) PlanValidator.Validate(plan, raw.Plans[i], themeIds, diagnostics);
        });
        return (new DataSet(themes, plans.OfType<Plan>().ToList()), diagnostics.Items);
    }
}
