using Reform.Site.Model;

namespace Reform.Site.Rendering;

/// <summary>Links are relative (<c>../../ja/</c>) so the site works at any base path and from
/// the file system; canonical URLs use the configured base URL.</summary>
public static class SiteLinks
{
    /// <summary>The prefix that leads from a page back to the site root.</summary>
    public static string RootPrefix(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    public static string Relative(string fromPagePath, string sitePath) =>
        sitePath.Length == 0 ? RootPrefix(fromPagePath) : (RootPrefix(fromPagePath) == "./" ? "" : RootPrefix(fromPagePath)) + sitePath;

    public static string Absolute(string baseUrl, string sitePath) => baseUrl.TrimEnd('/') + "/" + sitePath;

    public static string NodePath(string lang, string planKey, string nodeId) => $"{lang}/{PageFolders.Plans}/{planKey}/{nodeId}/";

    public static string PlanPath(string lang, string planKey) => $"{lang}/{PageFolders.Plans}/{planKey}/";

    public static string HomePath(string lang) => $"{lang}/";
}
