using System.Xml.Linq;
using Reform.Site.Localization;
using Reform.Site.Output;
using Reform.Site.Rendering;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Rendering;

public sealed class SiteFilesTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static List<PageSpec> Pages(int pairs) =>
        Enumerable.Range(1, pairs).SelectMany(i => new[]
        {
            new PageSpec($"ja/p{i}/", "node", Language.Ja, $"en/p{i}/", "題", () => new object()),
            new PageSpec($"en/p{i}/", "node", Language.En, $"ja/p{i}/", "Title", () => new object()),
        }).Append(new PageSpec("404.html", "404", Language.Ja, null, "404", () => new object())).ToList();

    /// <summary>The files <see cref="SiteFiles.Write"/> puts in a site, by path.</summary>
    private static Dictionary<string, string> Written(IReadOnlyList<PageSpec> pages, int limit, string baseUrl = "https://example.org/site/")
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        using (var output = new StagedOutput(site, []))
        {
            SiteFiles.Write(output, pages, baseUrl, limit);
            output.Commit("f");
        }
        return Directory.GetFiles(site).Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
    }

    private static Dictionary<string, XDocument> Files(IReadOnlyList<PageSpec> pages, int limit) =>
        Written(pages, limit).Where(f => f.Key.EndsWith(".xml", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => XDocument.Parse(f.Value));

    [Fact]
    public void A_site_within_the_limit_has_one_sitemap_listing_every_page_with_its_twin()
    {
        var files = Files(Pages(3), limit: 6);

        var sitemap = Assert.Single(files).Value;
        Assert.Equal("urlset", sitemap.Root!.Name.LocalName);
        var urls = sitemap.Root.Elements(Sm + "url").ToList();
        Assert.Equal(6, urls.Count); // the 404 page has no twin and is not listed
        Assert.Equal("https://example.org/site/ja/p1/", urls[0].Element(Sm + "loc")!.Value);
        Assert.Contains(urls[0].Elements().Where(e => e.Name.LocalName == "link"), l => (string?)l.Attribute("hreflang") == "en" && (string?)l.Attribute("href") == "https://example.org/site/en/p1/");
    }

    [Fact]
    public void A_site_over_the_limit_gets_a_sitemap_index_over_parts_that_each_keep_to_it()
    {
        var pages = Pages(5); // 10 listed pages, 4 to a part: 3 parts
        var files = Files(pages, limit: 4);

        var index = files["sitemap.xml"].Root!;
        Assert.Equal("sitemapindex", index.Name.LocalName);
        var parts = index.Elements(Sm + "sitemap").Select(s => s.Element(Sm + "loc")!.Value).ToList();
        Assert.Equal(["https://example.org/site/sitemap-1.xml", "https://example.org/site/sitemap-2.xml", "https://example.org/site/sitemap-3.xml"], parts);

        var listed = parts.Select(p => files[p["https://example.org/site/".Length..]].Root!.Elements(Sm + "url").Select(u => u.Element(Sm + "loc")!.Value).ToList()).ToList();
        Assert.All(listed, part => Assert.InRange(part.Count, 1, 4));
        Assert.Equal(pages.Where(p => p.AlternatePath is not null).Select(p => "https://example.org/site/" + p.Path), listed.SelectMany(p => p));
    }

    [Fact]
    public void Robots_point_at_the_sitemap_either_way()
    {
        foreach (var limit in new[] { 100, 2 })
        {
            var robots = Written(Pages(3), limit, "https://example.org/")["robots.txt"];
            Assert.Contains("Sitemap: https://example.org/sitemap.xml", robots);
        }
    }
}
