using System.Net;
using Reform.Site.Model;

namespace Reform.Site.Preview;

/// <summary>How a static host answers for a built site: a folder serves its index.html, anything
/// missing (or outside the site) serves 404.html with status 404. Used by <c>serve</c> and by the
/// tests' browser server, so both behave as the published site will.</summary>
/// <remarks>A request may only ever reach a file under the site's root (docs/security.md, "The
/// preview server"). The URL path is decoded once, and refused (as "not found") when it holds
/// anything a link in a built site never does: a control character or NUL, a backslash, an
/// encoded slash or backslash, a <c>%</c> left after decoding (double encoding such as
/// <c>%252e</c>), or a <c>.</c> / <c>..</c> segment (browsers remove those before sending).
/// What is left is normalised with <see cref="Path.GetFullPath(string)"/> and must be the root
/// or lie under the root followed by a directory separator: a plain prefix test would let
/// <c>/tmp/x/site</c> reach <c>/tmp/x/site-secret</c>. Symbolic links under the root are refused
/// altogether: a build never writes one, so one there was put there by someone else and may
/// point anywhere.</remarks>
internal static class StaticFiles
{
    public static (string File, int Status) Resolve(string siteRoot, string urlPath)
    {
        var root = Root(siteRoot);
        return Find(root, urlPath) is { } file ? (file, 200) : (Path.Combine(root, SitePaths.NotFound), 404);
    }

    /// <summary>The file under <paramref name="siteRoot"/> that the (still percent-encoded) URL
    /// path <paramref name="urlPath"/> names, or null when there is none or the path is refused.</summary>
    public static string? Find(string siteRoot, string urlPath)
    {
        var root = Root(siteRoot);
        if (Decode(urlPath) is not { } path) return null;
        string file;
        try { file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/'))); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return null; }
        if (!IsUnder(root, file)) return null;
        if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        return File.Exists(file) && !PassesThroughLink(root, file) ? file : null;
    }

    /// <summary>The URL path decoded once, or null if it holds what no link in a built site does.</summary>
    public static string? Decode(string urlPath)
    {
        if (string.IsNullOrEmpty(urlPath) || urlPath[0] != '/') return null;
        if (urlPath.Contains('\\')
            || urlPath.Contains("%2f", StringComparison.OrdinalIgnoreCase)
            || urlPath.Contains("%5c", StringComparison.OrdinalIgnoreCase))
            return null;
        var path = Uri.UnescapeDataString(urlPath);
        foreach (var c in path)
            if (char.IsControl(c) || c is '\\' or '%') return null;
        foreach (var segment in path.Split('/'))
            if (segment is "." or "..") return null;
        return path;
    }

    /// <summary>Whether <paramref name="fullPath"/> is <paramref name="root"/> or lies under it.
    /// Both are full paths; <paramref name="root"/> has no trailing separator.</summary>
    public static bool IsUnder(string root, string fullPath) =>
        fullPath.Equals(root, StringComparison.Ordinal)
        || fullPath.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Root(string siteRoot) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot));

    /// <summary>Whether the file, or a folder between the root and it, is a symbolic link (or a
    /// junction). The root itself may be reached through a link (macOS's /tmp is one).</summary>
    private static bool PassesThroughLink(string root, string file)
    {
        for (var path = file; path.Length > root.Length; path = Path.GetDirectoryName(path)!)
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is not null) return true;
        }
        return false;
    }

    /// <summary>A TCP port on 127.0.0.1 that is free now.</summary>
    public static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
