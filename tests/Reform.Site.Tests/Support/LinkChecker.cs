namespace Reform.Site.Tests.Support;

/// <summary>Follows every internal link, stylesheet and in-page anchor of a built site.</summary>
public static class LinkChecker
{
    public static IReadOnlyList<string> BrokenLinks(BuiltSite site)
    {
        var broken = new List<string>();
        foreach (var file in Directory.GetFiles(site.Root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var sitePath = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            if (sitePath.EndsWith("index.html", StringComparison.Ordinal)) sitePath = sitePath[..^"index.html".Length];
            var page = site.Page(sitePath);
            foreach (var href in page.QuerySelectorAll("a[href], link[rel=stylesheet]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith("http", StringComparison.Ordinal)) continue;
                var hash = href.IndexOf('#');
                var (path, anchor) = hash < 0 ? (href, null) : (href[..hash], href[(hash + 1)..]);
                var target = path.Length == 0 ? sitePath : BuiltSite.Resolve(sitePath, path);
                if (!site.Exists(target)) broken.Add($"{sitePath} → {href}");
                else if (anchor is not null && site.Page(target).GetElementById(anchor) is null) broken.Add($"{sitePath} → {href} (no #{anchor})");
            }
        }
        return broken;
    }
}
