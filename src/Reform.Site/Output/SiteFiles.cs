using System.Text;
using Reform.Site.Model;
using Reform.Site.Rendering;

namespace Reform.Site.Output;

/// <summary>Machine-facing files every site has: sitemap.xml (with hreflang alternates) and
/// robots.txt.</summary>
public static class SiteFiles
{
    public static IEnumerable<OutputFile> Extra(DataSet data, IReadOnlyList<PageSpec> pages, string baseUrl)
    {
        var sitemap = new StringBuilder();
        sitemap.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sitemap.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        foreach (var page in pages.Where(p => p.AlternatePath is not null))
        {
            sitemap.Append("  <url><loc>").Append(Escape(SiteLinks.Absolute(baseUrl, page.Path))).Append("</loc>");
            sitemap.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(page.Lang).Append("\" href=\"").Append(Escape(SiteLinks.Absolute(baseUrl, page.Path))).Append("\"/>");
            var other = page.Lang == "ja" ? "en" : "ja";
            sitemap.Append("<xhtml:link rel=\"alternate\" hreflang=\"").Append(other).Append("\" href=\"").Append(Escape(SiteLinks.Absolute(baseUrl, page.AlternatePath!))).Append("\"/>");
            sitemap.Append("</url>\n");
        }
        sitemap.Append("</urlset>\n");
        yield return new OutputFile("sitemap.xml", Encoding.UTF8.GetBytes(sitemap.ToString()));
        yield return new OutputFile("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {SiteLinks.Absolute(baseUrl, "sitemap.xml")}\n"));
    }

    private static string Escape(string s) => System.Security.SecurityElement.Escape(s);
}
