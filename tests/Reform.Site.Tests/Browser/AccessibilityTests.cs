using System.Text.Json;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Browser;

/// <summary>axe-core (WCAG 2.0/2.1 A and AA rules) in a real browser on every page type in both
/// languages: JIS X 8341-3:2016 AA is the target, and axe must find nothing.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccessibilityTests(BrowserSite browser)
{
    public static TheoryData<string> Pages() => new(PageTypes.InBothLanguages());

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_WCAG_A_or_AA_violations(string path)
    {
        var page = await browser.Open(path);
        var violations = await Violations(page);
        await page.Context.CloseAsync();
        Assert.True(violations.Count == 0, $"{path}:\n" + string.Join("\n", violations));
    }

    [Fact]
    public async Task The_check_itself_catches_a_page_that_breaks_the_rules()
    {
        var page = await browser.Open("");
        await page.SetContentAsync("<!DOCTYPE html><html><head><title>x</title></head><body><img src='a.png'><a href='#'></a><p style='color:#ccc'>faint</p></body></html>");
        var violations = await Violations(page);
        await page.Context.CloseAsync();
        Assert.Contains(violations, v => v.Contains("html-has-lang"));
        Assert.Contains(violations, v => v.Contains("image-alt"));
    }

    private static async Task<List<string>> Violations(Microsoft.Playwright.IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = Path.Combine(NodeModules.Package("axe-core"), "axe.min.js") });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }));
            }
            """);
        return json.EnumerateArray().Select(v => v.ToString()).ToList();
    }
}
