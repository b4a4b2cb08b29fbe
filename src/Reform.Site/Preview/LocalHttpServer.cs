using System.Net;

namespace Reform.Site.Preview;

/// <summary>An HTTP server on 127.0.0.1 that hands each request to <c>respond</c> on the thread
/// pool until disposed: what the preview and the tests' static host share.</summary>
public sealed class LocalHttpServer : IDisposable
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

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; } // stopped
            _ = Task.Run(() => _respond(context));
        }
    }

    public void Dispose()
    {
        if (_listener.IsListening) _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
