using System.Net;
using Reform.Site.Preview;

namespace Reform.Site.Tests.Support;

/// <summary>Serves a built site on 127.0.0.1 (a free port) the way a static host would, by the
/// library's <see cref="StaticFiles"/> rules, without the preview's live reload. Like a project
/// site on GitHub Pages, the site may sit below a path (the mount path: the path of
/// the base URL it was built for), and any address outside it is answered with the 404 page.</summary>
public sealed class StaticServer : IDisposable
{
    private readonly string _root;
    private readonly string _mount;
    private readonly LocalHttpServer _server;

    public StaticServer(string root, string mountPath = "/")
    {
        _root = Path.GetFullPath(root);
        _mount = mountPath;
        _server = new LocalHttpServer(StaticFiles.FreePort(), Respond);
    }

    public int Port => _server.Port;

    public string Url(string sitePath) => $"http://127.0.0.1:{Port}{_mount}{sitePath}";

    private void Respond(HttpListenerContext context)
    {
        try
        {
            var path = context.Request.Url!.AbsolutePath;
            var (file, status) = path.StartsWith(_mount, StringComparison.Ordinal)
                ? StaticFiles.Resolve(_root, "/" + path[_mount.Length..])
                : (Path.Combine(_root, Reform.Site.Model.SitePaths.NotFound), 404);
            var bytes = File.ReadAllBytes(file);
            context.Response.StatusCode = status;
            context.Response.ContentType = ContentTypes.Of(file);
            context.Response.ContentLength64 = bytes.Length;
            context.Response.OutputStream.Write(bytes);
        }
        catch (Exception) { context.Response.StatusCode = 500; }
        finally { context.Response.Close(); }
    }

    public void Dispose() => _server.Dispose();
}
