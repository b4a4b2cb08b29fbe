using Reform.Site.Diagnostics;

namespace Reform.Site.Pipeline;

/// <summary>What <c>validate</c> checks: the data folder (<see cref="DataLoader.Check"/>) and the
/// content pages with the accessibility results, everything that <c>build</c> refuses before it renders.</summary>
internal static class InputCheck
{
    public static (int PlanCount, IReadOnlyList<Diagnostic> Diagnostics) Check(string dataDir, string contentDir)
    {
        var (planCount, found) = DataLoader.Check(dataDir);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(found);
        ContentInputs.Read(contentDir, ContentInputs.PlanKeys(dataDir), diagnostics);
        Content.AccessibilityResultsReader.Read(contentDir, diagnostics);
        // The site's settings too: build refuses a site.yml it cannot use.
        Content.SiteConfigReader.Read(Content.SiteConfig.PathFor(dataDir), diagnostics);
        return (planCount, diagnostics.Items);
    }
}
