namespace Reform.Site.Loading;

/// <summary>Which link targets the site may publish. Links come from data (a report's URL) and
/// from content pages, and are written into <c>href</c> and <c>src</c>: a <c>javascript:</c> or
/// <c>data:</c> link would run script on the city's domain. Only <c>http:</c>, <c>https:</c> and
/// <c>mailto:</c> are allowed, and, in content, links without a scheme (to pages of the site).</summary>
/// <remarks>The scheme is found the way a browser finds it (the WHATWG URL standard): leading and
/// trailing control characters and spaces are dropped and tabs and line breaks removed first,
/// so <c>" JaVa&#9;Script:…"</c> is seen as the <c>javascript:</c> link it is.</remarks>
internal static class LinkPolicy
{
    public static readonly IReadOnlyList<string> AllowedSchemes = ["http", "https", "mailto"];

    public enum Verdict
    {
        Allowed,
        /// <summary>A scheme other than http, https or mailto.</summary>
        SchemeRefused,
        /// <summary>No scheme, where an absolute link is required (data links have no page to be relative to).</summary>
        NotAbsolute,
        /// <summary>An http(s) link that is not a well-formed URL with a host.</summary>
        Malformed,
        /// <summary>A network-path reference (<c>//host/x</c>): no scheme, yet another host, so
        /// not a page of the site. Browsers read <c>\\</c> as <c>//</c> too.</summary>
        HostWithoutScheme,
    }

    public static Verdict Check(string url, bool allowRelative)
    {
        var cleaned = new string(url.AsSpan().Trim(ControlsAndSpace).ToString().Where(character => character is not ('\t' or '\n' or '\r')).ToArray());
        if (Scheme(cleaned) is not { } scheme)
        {
            if (cleaned.Length >= 2 && cleaned[0] is ('/' or '\\') && cleaned[1] is ('/' or '\\')) return Verdict.HostWithoutScheme;
            return allowRelative ? Verdict.Allowed : Verdict.NotAbsolute;
        }
        if (!AllowedSchemes.Contains(scheme)) return Verdict.SchemeRefused;
        if (scheme == "mailto") return Verdict.Allowed;
        return Uri.TryCreate(cleaned, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && cleaned == url ? Verdict.Allowed : Verdict.Malformed;
    }

    /// <summary>The lower-cased scheme, or null for a link without one.</summary>
    private static string? Scheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(url[0])) return null;
        for (var i = 1; i < colon; i++)
            if (!(char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.')) return null;
        return url[..colon].ToLowerInvariant();
    }

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(code => (char)code)];
}
