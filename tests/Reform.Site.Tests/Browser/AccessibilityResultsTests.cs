using System.Text.Json;
using Reform.Site.Content;
using Reform.Site.Diagnostics;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Browser;

/// <summary>The published 試験結果 (content/accessibility-results.json, docs/accessibility-results.md)
/// is what axe-core finds now: the test runs axe over every page type in both languages, maps the
/// rules' WCAG tags to success criteria (<see cref="AxeCriteria"/>) and compares with the committed
/// file, the shipped one and the frozen fixture's copy, by criterion and page list (the date and
/// the versions may differ). With UPDATE_ACCESSIBILITY_RESULTS=1 it writes both files instead.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccessibilityResultsTests(BrowserSite browser)
{
    public const string UpdateVariable = "UPDATE_ACCESSIBILITY_RESULTS";

    private static readonly string[] Files =
    [
        Path.Combine(RepoPaths.Content, AccessibilityResults.FileName),
        Path.Combine(RepoPaths.ShippedFixtureContent, AccessibilityResults.FileName),
    ];

    [Fact]
    public async Task The_published_results_are_what_axe_finds_now()
    {
        var pages = new List<AxePageResult>();
        string? axeVersion = null;
        foreach (var path in PageTypes.InBothLanguages())
        {
            var page = await browser.Open(path);
            var (version, result) = await Run(page, path);
            await page.Context.CloseAsync();
            axeVersion = version;
            pages.Add(result);
        }
        var fresh = new AccessibilityResults
        {
            Date = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            AxeVersion = axeVersion!,
            ChromiumVersion = browser.Browser.Version,
            Pages = pages.Select(p => p.Page).ToList(),
            Criteria = AxeCriteria.Map(pages),
        };

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            foreach (var file in Files) File.WriteAllText(file, AxeCriteria.Write(fresh));
            return;
        }
        foreach (var file in Files)
        {
            var rerun = $"rerun the browser tests with {UpdateVariable}=1 to write the results afresh (docs/accessibility-results.md)";
            Assert.True(File.Exists(file), $"{file} is missing: {rerun}");
            var diagnostics = new DiagnosticBag();
            var committed = AccessibilityResultsReader.Parse(File.ReadAllText(file), diagnostics);
            Assert.True(committed is not null, $"{file} cannot be read ({string.Join("; ", diagnostics.Items)}): {rerun}");
            var changed = fresh.Criteria.Zip(committed.Criteria).Where(p => p.First != p.Second)
                .Select(p => $"{p.First.Number}: committed {p.Second.Outcome.Name()} (applicable {p.Second.Applicable}), now {p.First.Outcome.Name()} (applicable {p.First.Applicable})").ToList();
            Assert.True(committed.Criteria.Count == fresh.Criteria.Count && changed.Count == 0,
                $"{file} no longer says what axe finds:\n{string.Join("\n", changed)}\n{rerun}");
            Assert.True(committed.Pages.SequenceEqual(fresh.Pages),
                $"{file} lists other pages than the browser tests check (PageTypes): {rerun}");
        }
    }

    /// <summary>axe-core over the page with the rules of WCAG 2.0/2.1 A and AA, as
    /// <see cref="AccessibilityTests"/> runs it, keeping every outcome with the rules' tags.</summary>
    internal static async Task<(string Version, AxePageResult Result)> Run(Microsoft.Playwright.IPage page, string path)
    {
        await page.AddScriptTagAsync(new() { Path = Path.Combine(NodeModules.Package("axe-core"), "axe.min.js") });
        // As a JSON string: Playwright passes an object that is referenced twice as a reference.
        using var doc = JsonDocument.Parse(await page.EvaluateAsync<string>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              const rules = list => list.map(x => ({ id: x.id, tags: x.tags }));
              return JSON.stringify({ version: axe.version, passes: rules(r.passes), violations: rules(r.violations), incomplete: rules(r.incomplete), inapplicable: rules(r.inapplicable) });
            }
            """));
        var json = doc.RootElement;
        IReadOnlyList<AxeRule> Rules(string name) => json.GetProperty(name).EnumerateArray()
            .Select(r => new AxeRule(r.GetProperty("id").GetString()!, r.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList())).ToList();
        return (json.GetProperty("version").GetString()!, new AxePageResult(path, Rules("passes"), Rules("violations"), Rules("incomplete"), Rules("inapplicable")));
    }
}
