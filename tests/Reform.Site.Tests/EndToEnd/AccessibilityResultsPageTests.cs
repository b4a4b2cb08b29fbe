using AngleSharp.Dom;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>The 試験結果 page as the build makes it from content/accessibility-results.json (the
/// good fixture's data, a results file with a pass, a criterion that does not apply, one axe could
/// not decide, one no rule tests and a fail): the date, the tool, the browser, the pages, a row per
/// criterion with 適用 and 結果, and never 適合 for what was not verified.</summary>
public sealed class AccessibilityResultsPageTests : IClassFixture<AccessibilityResultsPageTests.Site>
{
    public sealed class Site : IDisposable
    {
        private readonly TempDir _content = new();

        public Site()
        {
            Directory.CreateDirectory(_content.Combine("ja"));
            File.WriteAllText(_content.Combine("ja", "accessibility.md"), "---\ntitle: ウェブアクセシビリティ方針\n---\n\n方針です。\n");
            File.WriteAllText(_content.Combine("accessibility-results.json"), """
                {
                  "date": "2026-12-06",
                  "axe_core": "4.10.3",
                  "chromium": "131.0.6778.204",
                  "pages": ["", "ja/", "en/plans/012131-sample-plan/p1/"],
                  "criteria": [
                    { "number": "1.1.1", "level": "A", "applicable": true, "result": "pass" },
                    { "number": "1.2.2", "level": "A", "applicable": false, "result": "pass" },
                    { "number": "1.4.3", "level": "AA", "applicable": true, "result": "cannot-tell" },
                    { "number": "2.1.1", "level": "A", "applicable": null, "result": "not-tested" },
                    { "number": "3.1.1", "level": "A", "applicable": true, "result": "fail" }
                  ]
                }
                """);
            Built = new BuiltSite(RepoPaths.GoodData, _content.Path, o => o with { Search = SearchMode.Off });
        }

        public BuiltSite Built { get; }

        public void Dispose()
        {
            Built.Dispose();
            _content.Dispose();
        }
    }

    private readonly BuiltSite _site;

    public AccessibilityResultsPageTests(Site site) => _site = site.Built;

    private static Dictionary<string, string[]> Rows(IDocument page) =>
        page.QuerySelectorAll("table.a11y-results tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent.Split(' ', '　')[0],
            tr => tr.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray());

    [Theory]
    [InlineData("ja", "2026年（令和8年）12月6日", "axe-core 4.10.3", "1.1.1　非テキストコンテンツ", "はい", "適合", "いいえ", "未判定", "未検証（自動試験の対象外）", "未検証（自動試験では判定できず）", "不適合", "自動試験だけの結果です。")]
    [InlineData("en", "6 December 2026", "axe-core 4.10.3", "1.1.1 Non-text Content", "Yes", "Pass", "No", "Not determined", "Not verified (not covered by the automated checks)", "Not verified (the automated checks could not decide)", "Fail", "These are the results of automated checks only.")]
    public void The_page_shows_the_date_tool_browser_pages_and_each_criterions_applicability_and_result(
        string lang, string date, string tool, string firstName, string yes, string pass, string no, string unknown, string notTested, string cannotTell, string fail, string automatedOnly)
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        var page = _site.Page($"{lang}/accessibility-results/");
        var main = page.QuerySelector("main")!.TextContent;
        foreach (var expected in new[] { date, tool, "Chromium 131.0.6778.204", automatedOnly, "https://example.org/site/", "https://example.org/site/ja/", "https://example.org/site/en/plans/012131-sample-plan/p1/" })
            Assert.Contains(expected, main, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("ul.url-list li").Length);

        var rows = Rows(page);
        Assert.Equal([firstName, "A", yes, pass], rows["1.1.1"]);
        Assert.Equal([yes, fail], rows["3.1.1"][2..]);
        Assert.Equal([no, pass], rows["1.2.2"][2..]);
        // What was not verified is never shown as passing.
        Assert.Equal([unknown, notTested], rows["2.1.1"][2..]);
        Assert.Equal([yes, cannotTell], rows["1.4.3"][2..]);
        Assert.Equal("AA", rows["1.4.3"][1]);
    }

    [Fact]
    public void The_table_is_accessible_and_the_page_is_linked_both_ways_and_in_the_sitemap()
    {
        var page = _site.Page("ja/accessibility-results/");
        var table = page.QuerySelector("table.a11y-results")!;
        Assert.Equal("WCAG 2.1の適合レベルA及びAAの達成基準と自動試験の結果", table.QuerySelector("caption")!.TextContent);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        Assert.Equal(5, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("https://example.org/site/en/accessibility-results/", page.QuerySelector("link[rel=alternate][hreflang=en]")?.GetAttribute("href"));
        // The policy page exists (in Japanese, and as its fallback in English): the results link it.
        Assert.Contains(page.QuerySelectorAll("main a"), a => BuiltSite.Resolve("ja/accessibility-results/", a.GetAttribute("href")!) == "ja/accessibility/");
        var sitemap = File.ReadAllText(Path.Combine(_site.Root, "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/site/ja/accessibility-results/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/site/en/accessibility-results/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_results_file_there_is_no_results_page()
    {
        using var site = new BuiltSite(RepoPaths.GoodData, adjust: o => o with { Search = SearchMode.Off });
        Assert.True(site.Result.Succeeded);
        Assert.False(site.Exists("ja/accessibility-results/"));
        Assert.False(site.Exists("en/accessibility-results/"));
    }
}
