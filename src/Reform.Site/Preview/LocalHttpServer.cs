using System.Net;
using System.Text;

namespace Reform.Site.Preview;

/// <summary>An HTTP server on 127.0.0.1 that hands each request to <c>respond</c> on the thread
/// pool until disposed: what the preview and the tests' static host share.</summary>
/// <remarks>
/// <para>It listens on the loopback address only (the prefix names 127.0.0.1, never <c>+</c>,
/// <c>*</c> or a host name), so nothing on the network can reach it. A web page on another
/// site can still make the browser send requests to it, and with DNS rebinding (a name of the
/// attacker's that first resolves to their server, then to 127.0.0.1) read the answers. So, as
/// Vite and webpack-dev-server do, a request whose Host header does not name this server
/// (127.0.0.1, localhost or [::1] with this port) is answered 400 and never reaches
/// <c>respond</c>.</para>
/// <para>Why HttpListener and not Kestrel (ASP.NET Core) with StaticFiles over a
/// PhysicalFileProvider: Kestrel is the more hardened server, but it would make the library and
/// the <c>reform-site</c> tool depend on the Microsoft.AspNetCore.App shared framework, which a
/// staff machine with only the .NET runtime does not have, for a server that listens on loopback
/// and serves one folder. The preview's own rules (live reload, the error page, the status
/// endpoint) would have to be rebuilt as middleware too. What HttpListener lacked was a sound
/// path check and a Host check; both are here and in <see cref="StaticFiles"/>, and tested.</para>
/// </remarks>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Action<HttpListenerContext> _respond;
    private readonly Task _loop;

    public LocalHttpServer(int port, Action<HttpListenerContext> respond)
    {
        Port = port;
        _respond = respond;
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public int Port { get; }

    /// <summary>The URL prefixes the listener is bound to (only 127.0.0.1).</summary>
    public IReadOnlyCollection<string> Prefixes => [.. _listener.Prefixes];

    /// <summary>Whether a request's Host header names this server on loopback: 127.0.0.1,
    /// localhost or [::1], with <paramref name="port"/> (which may be left out only when it is 80).</summary>
    public static bool IsLoopbackHost(string? host, int port)
    {
        if (string.IsNullOrEmpty(host)) return false;
        string name;
        if (host.EndsWith($":{port}", StringComparison.Ordinal)) name = host[..^($":{port}".Length)];
        else if (port == 80) name = host;
        else return false;
        return name.Equals("127.0.0.1", StringComparison.Ordinal)
            || name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.Equals("[::1]", StringComparison.Ordinal);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; } // stopped
            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        try
        {
            if (IsLoopbackHost(context.Request.Headers["Host"], Port)) { _respond(context); return; }
            var body = Encoding.UTF8.GetBytes("Bad Request: this preview answers only to 127.0.0.1, localhost and [::1].\n");
            context.Response.StatusCode = 400;
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            context.Response.OutputStream.Write(body);
            context.Response.Close();
        }
        catch (Exception)
        {
            // The client went away, or respond failed: never let it take the server down.
            try { context.Response.Abort(); } catch (Exception) { }
        }
    }

    public void Dispose()
    {
        if (_listener.IsListening) _listener.Stop();
        // The managed HttpListener (Linux, macOS) may try to bind an endpoint again while removing
        // its prefixes, and throw "address already in use" from Close: the server is stopped either way.
        try { _listener.Close(); } catch (HttpListenerException) { }
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
