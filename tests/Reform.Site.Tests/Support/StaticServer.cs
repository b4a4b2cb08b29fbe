using System.Net;
using Reform.Site.Preview;

namespace Reform.Site.Tests.Support;

/// <summary>Serves a built site on 127.0.0.1 (a free port) the way a static host would, by the
/// library's <see cref="StaticFiles"/> rules, without the preview's live reload.</summary>
public sealed class StaticServer : IDisposable
{
    private readonly string _root;
    private readonly LocalHttpServer _server;

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        _server = new LocalHttpServer(StaticFiles.FreePort(), Respond);
    }

    public int Port => _server.Port;

    public string Url(string sitePath) => $"http://127.0.0.1:{Port}/{sitePath}";

    private void Respond(HttpListenerContext context)
    {
        try
        {
            var (file, status) = StaticFiles.Resolve(_root, context.Request.Url!.AbsolutePath);
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
