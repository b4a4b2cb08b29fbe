namespace Reform.Site.Tests.Support;

/// <summary>Follows every internal link, stylesheet and in-page anchor of a built site. A link
/// from the root (<c>/site/ja/</c>, the 404 page's) must start with the base URL's path.</summary>
public static class LinkChecker
{
    public static IReadOnlyList<string> BrokenLinks(BuiltSite site)
    {
        var broken = new List<string>();
        var rootPath = Reform.Site.Model.SitePaths.RootPath(site.Options.BaseUrl);
        foreach (var file in Directory.GetFiles(site.Root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var sitePath = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            if (sitePath.EndsWith("index.html", StringComparison.Ordinal)) sitePath = sitePath[..^"index.html".Length];
            var page = site.Page(sitePath);
            foreach (var href in page.QuerySelectorAll("a[href], link[rel=stylesheet], link[rel=icon], form[action]").Select(a => a.GetAttribute("href") ?? a.GetAttribute("action")!))
            {
                if (href.StartsWith("http", StringComparison.Ordinal)) continue;
                var hash = href.IndexOf('#');
                var (path, anchor) = hash < 0 ? (href, null) : (href[..hash], href[(hash + 1)..]);
                if (path.StartsWith('/') && !path.StartsWith(rootPath, StringComparison.Ordinal))
                {
                    broken.Add($"{sitePath} → {href} (outside {rootPath})");
                    continue;
                }
                var target = path.Length == 0 ? sitePath : path.StartsWith('/') ? path[rootPath.Length..] : BuiltSite.Resolve(sitePath, path);
                if (!site.Exists(target)) broken.Add($"{sitePath} → {href}");
                else if (anchor is not null && site.Page(target).GetElementById(anchor) is null) broken.Add($"{sitePath} → {href} (no #{anchor})");
            }
        }
        return broken;
    }
}
