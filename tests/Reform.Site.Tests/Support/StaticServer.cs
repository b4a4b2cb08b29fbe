using System.Net;
using System.Net.Sockets;

namespace Reform.Site.Tests.Support;

/// <summary>Serves a built site on 127.0.0.1 (a free port) the way a static host would:
/// index.html for folders, 404.html with status 404 for anything missing.</summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        Port = FreePort();
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
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            var file = Path.GetFullPath(Path.Combine(_root, path));
            if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
            var status = 200;
            if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
            {
                file = Path.Combine(_root, "404.html");
                status = 404;
            }
            var bytes = File.ReadAllBytes(file);
            context.Response.StatusCode = status;
            context.Response.ContentType = Reform.Site.Preview.ContentTypes.Of(file);
            context.Response.ContentLength64 = bytes.Length;
            context.Response.OutputStream.Write(bytes);
        }
        catch (Exception) { context.Response.StatusCode = 500; }
        finally { context.Response.Close(); }
    }

    private static int FreePort()
    {
        var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
