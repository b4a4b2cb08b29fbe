using System.Net;

namespace Reform.Site.Preview;

/// <summary>How a static host answers for a built site: a folder serves its index.html, anything
/// missing (or outside the site) serves 404.html with status 404. Used by <c>serve</c> and by the
/// tests' browser server, so both behave as the published site will.</summary>
public static class StaticFiles
{
    public static (string File, int Status) Resolve(string siteRoot, string urlPath)
    {
        var root = Path.GetFullPath(siteRoot);
        var file = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(urlPath).TrimStart('/')));
        if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
        return file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file) ? (file, 200) : (Path.Combine(root, "404.html"), 404);
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
