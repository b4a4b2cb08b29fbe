using System.Net;
using System.Text;
using Reform.Site.Diagnostics;
using Reform.Site.Localization;
using Reform.Site.Pipeline;

namespace Reform.Site.Preview;

/// <summary>A local preview for staff: builds the site into a scratch folder, serves it on
/// 127.0.0.1, rebuilds when data, content or theme change, and reloads open pages. When the data
/// has errors, every page shows them (in Japanese and English) until they are fixed.</summary>
internal sealed class PreviewServer : IDisposable
{
    public const string StatusPath = "/__reform-site/status";

    private readonly BuildOptions _options;
    private readonly Action<string> _log;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _lock = new();
    private readonly Timer _debounce;
    private LocalHttpServer? _server;

    private int _build;
    private volatile bool _disposed;
    private IReadOnlyList<Diagnostic> _errors = [];

    public PreviewServer(BuildOptions options, int port, Action<string> log)
    {
        Port = port == 0 ? StaticFiles.FreePort() : port;
        // Built for the address it is served at, so the 404 page's links from the root hold.
        _options = options with { Search = SearchMode.Off, History = 0, BaseUrl = $"http://127.0.0.1:{Port}/" };
        _log = log;
        _debounce = new Timer(_ => Rebuild(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public int Port { get; private set; }

    /// <summary>Increments after every build, successful or not; pages poll it to reload.</summary>
    public int BuildNumber => Volatile.Read(ref _build);

    public void Start()
    {
        Rebuild();
        _server = new LocalHttpServer(Port, Respond);
        foreach (var dir in new[] { _options.DataDir, _options.ContentDir, _options.ThemeDir }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(dir) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.Size };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        _log($"preview: http://127.0.0.1:{Port}/ (Ctrl+C to stop)");
    }

    /// <summary>Editors save in bursts; wait for quiet before rebuilding.</summary>
    private void Schedule() => _debounce.Change(300, Timeout.Infinite);

    private void Rebuild()
    {
        lock (_lock)
        {
            if (_disposed) return; // a save just before stopping: the scratch folder is about to go
            var result = SiteBuilder.Build(_options);
            _errors = result.Succeeded ? [] : result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            var n = Interlocked.Increment(ref _build);
            _log(result.Succeeded
                ? result.UpToDate ? $"build {n}: up to date" : $"build {n}: {result.PageCount} pages"
                : $"build {n}: {_errors.Count} error(s)\n" + string.Join("\n", _errors.Select(d => $"  {d.Code} {d.Location}: {DiagnosticCatalog.Default.Message(d, Language.Ja)} / {DiagnosticCatalog.Default.Message(d, Language.En)}")));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        try
        {
            // The raw (still encoded) path: StaticFiles decodes it once and refuses anything odd.
            var path = context.Request.Url!.AbsolutePath;
            if (path == StatusPath)
            {
                Send(context, 200, "application/json", Encoding.UTF8.GetBytes($"{{\"build\":{BuildNumber},\"errors\":{_errors.Count}}}"));
                return;
            }
            if (_errors.Count > 0 && (path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal)))
            {
                Send(context, 500, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorPage.Render(_errors, BuildNumber)));
                return;
            }
            var (file, status) = StaticFiles.Resolve(_options.OutputDir, path);
            if (status == 404 && !File.Exists(file))
            {
                Send(context, 404, "text/plain; charset=utf-8", "Not Found\n"u8.ToArray());
                return;
            }
            var bytes = File.ReadAllBytes(file);
            if (file.EndsWith(".html", StringComparison.Ordinal)) bytes = LiveReload.Inject(bytes, BuildNumber);
            Send(context, status, ContentTypes.Of(file), bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpListenerException)
        {
            try { context.Response.StatusCode = 500; context.Response.Close(); } catch (Exception) { }
        }
    }

    private static void Send(HttpListenerContext context, int status, string type, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.Headers["Cache-Control"] = "no-store";
        context.Response.ContentLength64 = body.Length;
        context.Response.OutputStream.Write(body);
        context.Response.Close();
    }

    /// <summary>Stops watching and serving, and waits for a build under way to finish, so that
    /// nothing writes to the output folder once this returns and it can be deleted.</summary>
    public void Dispose()
    {
        _disposed = true;
        foreach (var w in _watchers) w.Dispose();
        _debounce.Dispose();
        _server?.Dispose();
        lock (_lock) { }
    }
}
