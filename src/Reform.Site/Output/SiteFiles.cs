using System.Text;
using Reform.Site.Model;
using Reform.Site.Rendering;

namespace Reform.Site.Output;

/// <summary>Machine-facing files every site has: the sitemap (with hreflang alternates) and
/// robots.txt.</summary>
/// <remarks>The sitemap protocol allows 50,000 URLs a file. A larger site (a national portal has
/// about 285,000 pages) gets <c>sitemap.xml</c> as a sitemap index over <c>sitemap-1.xml</c>,
/// <c>sitemap-2.xml</c>, …, as Hugo and the search engines' own guides do; each part is made
/// and written on its own, so the sitemap is never held whole in memory.</remarks>
public static class SiteFiles
{
    /// <summary>The sitemap protocol's limit of URLs in one sitemap file.</summary>
    public const int MaxUrlsPerSitemap = 50_000;

    /// <param name="pages">The site's pages, as the planner lists them (lazily: they are listed
    /// twice, once to count them and once to write them).</param>
    public static IEnumerable<OutputFile> Extra(DataSet data, IEnumerable<PageSpec> pages, string baseUrl, int maxUrlsPerSitemap = MaxUrlsPerSitemap)
    {
        var listed = pages.Where(p => p.AlternatePath is not null);
        var count = listed.Count();
        if (count <= maxUrlsPerSitemap)
            yield return new OutputFile("sitemap.xml", Sitemap(listed, baseUrl));
        else
        {
            var parts = Enumerable.Range(1, (count + maxUrlsPerSitemap - 1) / maxUrlsPerSitemap).Select(n => $"sitemap-{n}.xml").ToList();
            var index = new StringBuilder();
            index.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            index.Append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            foreach (var part in parts)
                index.Append("  <sitemap><loc>").Append(Escape(SiteLinks.Absolute(baseUrl, part))).Append("</loc></sitemap>\n");
            index.Append("</sitemapindex>\n");
            yield return new OutputFile("sitemap.xml", Encoding.UTF8.GetBytes(index.ToString()));
            foreach (var (part, path) in listed.Chunk(maxUrlsPerSitemap).Zip(parts)) yield return new OutputFile(path, Sitemap(part, baseUrl));
        }
        yield return new OutputFile("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {SiteLinks.Absolute(baseUrl, "sitemap.xml")}\n"));
    }

    private static byte[] Sitemap(IEnumerable<PageSpec> pages, string baseUrl)
    {
        var sitemap = new StringBuilder();
        sitemap.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sitemap.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var page in pages)
        {
            sitemap.Append("  <url><loc>").Append(Escape(SiteLinks.Absolute(baseUrl, page.Path))).Append("</loc>");
            sitemap.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(page.Lang).Append("\" href=\"").Append(Escape(SiteLinks.Absolute(baseUrl, page.Path))).Append("\"/>");
            var other = page.Lang == "ja" ? "en" : "ja";
            sitemap.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(other).Append("\" href=\"").Append(Escape(SiteLinks.Absolute(baseUrl, page.AlternatePath!))).Append("\"/>");
            sitemap.Append("</url>\n");
        }
        sitemap.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(sitemap.ToString());
    }

    private static string Escape(string s) => System.Security.SecurityElement.Escape(s);
}
