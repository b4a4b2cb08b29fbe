using AngleSharp.Dom;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>A theme lists its cities a page at a time. The shipped five cities fit on one page,
/// so these build them two cities to a page, as a national portal's hundreds would be paged.</summary>
public sealed class TopicPaginationTests : IClassFixture<TopicPaginationTests.Site>
{
    public sealed class Site : IDisposable
    {
        public BuiltSite Built { get; } = new(RepoPaths.ShippedFixture, adjust: o => o with { Search = SearchMode.Off, TopicPageSize = 2 });

        public void Dispose() => Built.Dispose();
    }

    private readonly BuiltSite _site;

    public TopicPaginationTests(Site site) => _site = site.Built;

    /// <summary>The pages a reader reaches by following "next page" from the theme's page.</summary>
    private List<(string Path, IDocument Page)> Walk(string first)
    {
        var pages = new List<(string, IDocument)>();
        for (var path = first; path is not null;)
        {
            var page = _site.Page(path);
            pages.Add((path, page));
            path = page.QuerySelector("nav.pagination a[rel=next]")?.GetAttribute("href") is { } next ? BuiltSite.Resolve(path, next) : null;
        }
        return pages;
    }

    [Fact]
    public void Following_next_page_shows_every_city_of_the_theme_once_two_to_a_page()
    {
        Assert.True(_site.Result.Succeeded);
        var (data, _) = DataLoader.Load(RepoPaths.ShippedFixture);
        var expected = data.Plans.Where(p => p.Nodes.Any(n => n.Topics.Contains("digital"))).Select(p => p.Municipality.Name.Ja).ToList();
        Assert.True(expected.Count >= 3, "the shipped data should need more than one page");

        var pages = Walk("ja/themes/digital/");
        Assert.Equal((expected.Count + 1) / 2, pages.Count);
        var cities = pages.SelectMany(p => p.Page.QuerySelectorAll("main section h2").Select(h => h.TextContent.Split('：', ':')[0])).ToList();
        Assert.Equal(expected, cities);
        Assert.All(pages.Take(pages.Count - 1), p => Assert.Equal(2, p.Page.QuerySelectorAll("main section h2").Length));
        Assert.Equal("ja/themes/digital/page/2/", pages[1].Path);
    }

    [Fact]
    public void Each_page_says_where_it_is_and_links_back()
    {
        var pages = Walk("en/themes/digital/");
        for (var i = 0; i < pages.Count; i++)
        {
            var (path, page) = pages[i];
            var current = page.QuerySelector("nav.pagination a[aria-current=page]")!;
            Assert.Equal($"{i + 1}", current.TextContent);
            Assert.Equal($"Page {i + 1}", current.GetAttribute("aria-label"));
            Assert.Contains($"Plans {2 * i + 1}–", page.QuerySelector("main p.meta")!.TextContent);
            var previous = page.QuerySelector("nav.pagination a[rel=prev]")?.GetAttribute("href");
            Assert.Equal(i == 0 ? null : pages[i - 1].Path, previous is null ? null : BuiltSite.Resolve(path, previous));
        }
        // Each page has its own title, and its Japanese twin is the same page number.
        Assert.Equal(pages.Count, pages.Select(p => p.Page.Title).Distinct().Count());
        Assert.Contains($"(page 2 of {pages.Count})", pages[1].Page.Title);
        var twin = pages[1].Page.QuerySelector("link[rel=alternate][hreflang=ja]")!.GetAttribute("href")!;
        Assert.EndsWith("/ja/themes/digital/page/2/", twin);
        Assert.Contains("ja/themes/digital/page/2/", File.ReadAllText(Path.Combine(_site.Root, "sitemap.xml")));
    }

    [Fact]
    public void Every_link_of_the_paged_site_resolves() =>
        Assert.Empty(LinkChecker.BrokenLinks(_site));

    [Fact]
    public void Paged_theme_pages_are_valid_HTML()
    {
        foreach (var lang in new[] { "ja", "en" })
        {
            var themes = Path.Combine(_site.Root, lang, "themes");
            Assert.Contains(Directory.GetFiles(themes, "index.html", SearchOption.AllDirectories), f => f.Contains("/page/", StringComparison.Ordinal));
            var errors = NuHtmlChecker.Errors(themes);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
        }
    }
}
