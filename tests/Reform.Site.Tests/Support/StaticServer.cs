using System.Net;
using Reform.Site.Preview;

namespace Reform.Site.Tests.Support;

/// <summary>Serves a built site on 127.0.0.1 (a free port) the way a static host would, by the
/// library's <see cref="StaticFiles"/> rules, without the preview's live reload.</summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        Port = StaticFiles.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url(string sitePath) => $"http://127.0.0.1:{Port}/{sitePath}";

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            _ = Task.Run(() => Respond(context));
        }
    }

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

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
