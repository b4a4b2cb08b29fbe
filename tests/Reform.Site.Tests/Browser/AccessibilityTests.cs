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

    /// <summary>Issue 22: axe's best-practice rules too (landmark-unique, empty-table-header,
    /// label-title-only, region…), which a careful reviewer runs beside the WCAG ones.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_best_practice_rules_find_nothing(string path)
    {
        var page = await browser.Open(path);
        var violations = await Violations(page, "best-practice");
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

    [Fact]
    public async Task The_best_practice_check_catches_two_landmarks_with_one_name_and_an_empty_header()
    {
        var page = await browser.Open("");
        await page.SetContentAsync("<!DOCTYPE html><html lang='en'><head><title>x</title></head><body><main><h1>x</h1><nav aria-label='a'><a href='#'>1</a></nav><nav aria-label='a'><a href='#'>2</a></nav><table><tr><th></th><td>1</td></tr></table></main></body></html>");
        var violations = await Violations(page, "best-practice");
        await page.Context.CloseAsync();
        Assert.Contains(violations, v => v.Contains("landmark-unique"));
        Assert.Contains(violations, v => v.Contains("empty-table-header"));
    }

    private static async Task<List<string>> Violations(Microsoft.Playwright.IPage page, string tags = "wcag2a,wcag2aa,wcag21a,wcag21aa")
    {
        await page.AddScriptTagAsync(new() { Path = Path.Combine(NodeModules.Package("axe-core"), "axe.min.js") });
        var json = await page.EvaluateAsync<JsonElement>("""
            async (tags) => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags.split(',') } });
              return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }));
            }
            """, tags);
        return json.EnumerateArray().Select(v => v.ToString()).ToList();
    }
}
