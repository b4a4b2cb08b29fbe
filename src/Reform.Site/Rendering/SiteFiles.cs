using System.Text;
using Reform.Site.Model;
using Reform.Site.Output;

namespace Reform.Site.Rendering;

/// <summary>Machine-facing files every site has: the sitemap (with hreflang alternates) and
/// robots.txt.</summary>
/// <remarks>The sitemap protocol allows 50,000 URLs a file. A larger site (a national portal has
/// several times that) gets <c>sitemap.xml</c> as a sitemap index over <c>sitemap-1.xml</c>,
/// <c>sitemap-2.xml</c>, …, as Hugo and the search engines' own guides do; each part is written
/// straight to the output, so no sitemap is ever held whole in memory.</remarks>
internal static class SiteFiles
{
    /// <summary>The sitemap protocol's limit of URLs in one sitemap file.</summary>
    public const int MaxUrlsPerSitemap = 50_000;

    /// <summary>Writes the sitemap (an index over parts when the site has more than
    /// <paramref name="maxUrlsPerSitemap"/> pages) and robots.txt into the output. Each sitemap is
    /// written as it goes: a part made as a string left the builder's chunks, the string and its
    /// bytes on the large-object heap, which only a full collection frees, and at national scale
    /// those parts were the build's memory peak, at its very end (docs/performance.md).</summary>
    /// <param name="pages">The site's pages, as the planner lists them (lazily: they are listed
    /// twice, once to count them and once to write them).</param>
    public static void Write(StagedOutput output, IEnumerable<PageSpec> pages, string baseUrl, int maxUrlsPerSitemap = MaxUrlsPerSitemap)
    {
        var listed = pages.Where(p => p.AlternatePath is not null);
        var count = listed.Count();
        if (count <= maxUrlsPerSitemap)
            output.Add(SitePaths.Sitemap, stream => Sitemap(stream, listed, baseUrl));
        else
        {
            var parts = Enumerable.Range(1, (count + maxUrlsPerSitemap - 1) / maxUrlsPerSitemap).Select(SitePaths.SitemapPart).ToList();
            var index = new StringBuilder();
            index.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            index.Append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            foreach (var part in parts)
                index.Append("  <sitemap><loc>").Append(Escape(SitePaths.Absolute(baseUrl, part))).Append("</loc></sitemap>\n");
            index.Append("</sitemapindex>\n");
            output.Add(new OutputFile(SitePaths.Sitemap, Encoding.UTF8.GetBytes(index.ToString())));
            using var next = listed.GetEnumerator();
            foreach (var part in parts) output.Add(part, stream => Sitemap(stream, Take(next, maxUrlsPerSitemap), baseUrl));
        }
        output.Add(new OutputFile(SitePaths.Robots, Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {SitePaths.Absolute(baseUrl, SitePaths.Sitemap)}\n")));
    }

    private static IEnumerable<PageSpec> Take(IEnumerator<PageSpec> pages, int count)
    {
        for (var i = 0; i < count && pages.MoveNext(); i++) yield return pages.Current;
    }

    private static void Sitemap(Stream stream, IEnumerable<PageSpec> pages, string baseUrl)
    {
        using var sitemap = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        sitemap.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sitemap.Write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var page in pages)
        {
            var url = Escape(SitePaths.Absolute(baseUrl, page.Path));
            sitemap.Write($"  <url><loc>{url}</loc><xhtml:link rel=\"alternate\" hreflang=\"{page.Lang}\" href=\"{url}\"/>");
            sitemap.Write($"<xhtml:link rel=\"alternate\" hreflang=\"{page.Lang.Other}\" href=\"{Escape(SitePaths.Absolute(baseUrl, page.AlternatePath!))}\"/></url>\n");
        }
        sitemap.Write("</urlset>\n");
    }

    private static string Escape(string s) => System.Security.SecurityElement.Escape(s);
}
