using Reform.Site.Content;
using Reform.Site.Diagnostics;

namespace Reform.Site.Pipeline;

/// <summary>The content pages as both <c>validate</c> and <c>build</c> see them: read and checked
/// (<see cref="ContentReader"/>), and each page's <c>plan:</c> looked up among the plans. A page
/// that names a plan the data lacks is published without the plan's summary and warned about
/// (RS604): a city that builds only its own plan with the shipped content gets a site.</summary>
internal static class ContentInputs
{
    public static IReadOnlyList<ContentPage> Read(string contentDir, IEnumerable<string> planKeys, DiagnosticBag diagnostics)
    {
        var pages = ContentReader.Read(contentDir, diagnostics);
        var keys = planKeys.ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages.Where(c => c.Plan is { } key && !keys.Contains(key) && !c.Fallback))
            diagnostics.Add(Codes.PagePlanNotFound, new SourceLocation($"content/{page.Lang}/{page.Slug}.md").InColumn("plan", null), value: page.Plan);
        return pages.Select(p => p.Plan is { } key && !keys.Contains(key) ? p with { Plan = null } : p).ToList();
    }

    /// <summary>The plan keys a data folder has, by folder name, for <c>validate</c>, which does not
    /// keep the plans.</summary>
    public static IEnumerable<string> PlanKeys(string dataDir) =>
        Directory.Exists(Path.Combine(dataDir, "plans"))
            ? Directory.GetDirectories(Path.Combine(dataDir, "plans")).Select(Path.GetFileName).OfType<string>()
            : [];
}
