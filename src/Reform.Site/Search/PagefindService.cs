using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reform.Site.Search;

/// <summary>One Pagefind index built in memory by a long-lived <c>pagefind_extended --service</c>
/// process, fed page by page while the site renders, instead of a crawl of the finished output
/// (which read and parsed every one of the site's HTML files again, the search pages it does not
/// index included, and took longer than the rendering itself: docs/performance.md).</summary>
/// <remarks>The protocol is the one Pagefind's own Node API (<c>pagefind/lib/service.js</c>) speaks
/// to the same binary: each message is a JSON object, base64-encoded and followed by a comma, on
/// stdin; the answers come back the same way on stdout, with the <c>message_id</c> of the request.
/// Talking to the binary directly keeps the build free of Node.js (only the npm package's binary
/// is needed, as before). Pages may be added from several threads; the index's bytes do not depend
/// on the order they arrive in (Pagefind sorts its pages; tested in <c>SearchIndexTests</c>).</remarks>
internal sealed class PagefindService : IDisposable
{
    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly object _writeGate = new();
    private readonly Dictionary<long, TaskCompletionSource<JsonObject>> _waiting = [];
    private readonly List<string> _errors = [];
    private readonly Task _reader;
    private readonly StringBuilder _stderr = new();
    private long _nextId;
    private long _indexId = -1;
    private long _pending;
    private volatile bool _stopped;
    private readonly SemaphoreSlim _inFlight;
    private readonly int _maxInFlight;

    private PagefindService(Process process, int maxInFlight)
    {
        _process = process;
        _stdin = process.StandardInput.BaseStream;
        _maxInFlight = maxInFlight;
        _inFlight = new SemaphoreSlim(maxInFlight, maxInFlight);
        _reader = Infrastructure.OwnThread.Run(ReadAnswers); // blocks on the pipe for the service's whole life
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (_stderr) _stderr.AppendLine(line); };
        process.BeginErrorReadLine();
    }

    /// <summary>Starts the service and creates an empty index.</summary>
    /// <param name="maxInFlight">How many pages may wait in the service at once: the build
    /// waits when it is ahead, so the pages are never all held in memory together.</param>
    /// <param name="cpu">The one processor the service may run on, or null for any (<see cref="Pinning"/>).</param>
    public static PagefindService Start(string binary, int maxInFlight = 256, int? cpu = null)
    {
        if (cpu is not null && Pinning is not null)
        {
            // Where the processor cannot be had (a container's own limits), the service runs unpinned.
            try { return Start(binary, maxInFlight, cpu, pinned: true); }
            catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception) { }
        }
        return Start(binary, maxInFlight, cpu, pinned: false);
    }

    private static PagefindService Start(string binary, int maxInFlight, int? cpu, bool pinned)
    {
        var start = new ProcessStartInfo(pinned ? Pinning! : binary)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (pinned)
        {
            start.ArgumentList.Add("--cpu-list");
            start.ArgumentList.Add(cpu!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(binary);
        }
        start.ArgumentList.Add("--service");
        var service = new PagefindService(Process.Start(start)!, maxInFlight);
        try
        {
            var answer = service.Ask(new JsonObject { ["type"] = "NewIndex", ["config"] = new JsonObject() });
            service._indexId = answer["index_id"]!.GetValue<long>();
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    /// <summary>Adds one rendered page (Pagefind reads its <c>html lang</c>,
    /// <c>data-pagefind-body</c>, meta and filter attributes as it would on disk).</summary>
    /// <param name="url">The page's URL as the search results give it (<c>/ja/plans/x/p1/</c>).</param>
    public void AddPage(string url, string html)
    {
        _inFlight.Wait();
        if (_stopped) { _inFlight.Release(); throw new IOException(Failure("pagefind stopped")); }
        Interlocked.Increment(ref _pending);
        Send(new JsonObject { ["type"] = "AddFile", ["index_id"] = _indexId, ["url"] = url, ["file_contents"] = html }, waiter: null);
    }

    /// <summary>Waits for every page added so far, then writes the index (one per language) and
    /// Pagefind's scripts into <paramref name="outputPath"/>.</summary>
    /// <returns>null on success, otherwise what went wrong, in Pagefind's words.</returns>
    public string? WriteFiles(string outputPath)
    {
        try
        {
            // Every page answered first: the service may work on several messages at once.
            for (var i = 0; i < _maxInFlight; i++) _inFlight.Wait();
            _inFlight.Release(_maxInFlight);
            if (_stopped) return Failure("pagefind stopped");
            var answer = Ask(new JsonObject { ["type"] = "WriteFiles", ["index_id"] = _indexId, ["output_path"] = outputPath });
            lock (_errors) if (_errors.Count > 0) return string.Join("; ", _errors.Take(5));
            return answer["type"]?.GetValue<string>() == "WriteFiles" ? null : "pagefind answered " + answer.ToJsonString();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            return Failure(e.Message);
        }
    }

    /// <summary>util-linux's <c>taskset</c>, which starts a process on the processors it is given,
    /// or null where there is none (not Linux): the service then runs on any processor.</summary>
    /// <remarks>Pagefind's Linux binary is linked with musl, whose allocator hands freed memory back
    /// with <c>madvise</c> all the time; in a process whose threads run on several processors,
    /// each such call makes the kernel flush the other processors' TLBs. A quarter of Pagefind's
    /// time went to the kernel (perf), and a service kept on one processor spends less
    /// (docs/performance.md). The build runs several services at once, each on its own processor.</remarks>
    public static string? Pinning { get; } = Environment.GetEnvironmentVariable("REFORM_SITE_PIN") == "0" ? null
        : OperatingSystem.IsLinux() && File.Exists("/usr/bin/taskset") ? "/usr/bin/taskset" : null;

    /// <summary>The processors this build may run on (its affinity, which a container or
    /// <c>taskset</c> may have narrowed), in order.</summary>
    private static readonly int[] Processors = AllowedProcessors();

    /// <summary>The <paramref name="n"/>th service's processor, taking the allowed ones in turn
    /// (-1 is the last); null (any) when there is only one.</summary>
    public static int? ProcessorFor(int n) => Processors.Length > 1 ? Processors[((n % Processors.Length) + Processors.Length) % Processors.Length] : null;

    private static int[] AllowedProcessors()
    {
        if (!OperatingSystem.IsLinux()) return [];
        try
        {
            var mask = (long)Process.GetCurrentProcess().ProcessorAffinity;
            return Enumerable.Range(0, 64).Where(i => (mask & (1L << i)) != 0).ToArray();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or PlatformNotSupportedException)
        {
            return [];
        }
    }

    /// <summary>The service's process (taskset runs Pagefind in its own place: the same id).</summary>
    internal int ProcessId => _process.Id;

    /// <summary>The pages sent and not yet indexed.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Messages with their text as UTF-8, not escaped: the default encoder writes every
    /// Japanese character, and every <c>&lt;</c> and <c>&gt;</c> of a page, as a six-byte <c>\uXXXX</c>,
    /// which both sides then spend time on (encoding, base64, parsing) for the same string. Only what
    /// JSON requires (quotes, backslashes, control characters) is escaped; Pagefind reads the same
    /// text either way, so the index's bytes do not change.</summary>
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private JsonObject Ask(JsonObject payload)
    {
        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        Send(payload, waiter);
        var answer = waiter.Task.GetAwaiter().GetResult();
        if (answer["type"]?.GetValue<string>() == "Error") throw new InvalidOperationException(Failure(answer["message"]?.ToString()));
        return answer;
    }

    private void Send(JsonObject payload, TaskCompletionSource<JsonObject>? waiter)
    {
        lock (_writeGate)
        {
            var id = ++_nextId;
            if (waiter is not null) lock (_waiting) _waiting[id] = waiter;
            var json = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["message_id"] = id, ["payload"] = payload }, Unescaped);
            var encoded = Encoding.ASCII.GetBytes(Convert.ToBase64String(json) + ",");
            try
            {
                _stdin.Write(encoded);
                _stdin.Flush();
            }
            catch (IOException e)
            {
                throw new IOException(Failure(e.Message), e);
            }
        }
    }

    /// <summary>Reads the answers: comma-separated base64 JSON. Page answers release a slot and
    /// record any error; other answers go to whoever asked.</summary>
    private void ReadAnswers()
    {
        var stdout = _process.StandardOutput;
        var message = new StringBuilder();
        var buffer = new char[64 * 1024];
        int read;
        while ((read = stdout.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != ',') { message.Append(buffer[i]); continue; }
                Answer(message.ToString());
                message.Clear();
            }
        }
        // The service ended: nobody waits for ever (a page waiting for a slot gets one, and is refused).
        _stopped = true;
        if (_maxInFlight - _inFlight.CurrentCount is > 0 and var taken) _inFlight.Release(taken);
        lock (_waiting)
        {
            foreach (var waiter in _waiting.Values) waiter.TrySetException(new IOException(Failure("pagefind stopped")));
            _waiting.Clear();
        }
    }

    private void Answer(string encoded)
    {
        JsonObject answer;
        try { answer = JsonNode.Parse(Convert.FromBase64String(encoded.Trim()))!.AsObject(); }
        catch (Exception e) when (e is FormatException or JsonException) { lock (_errors) _errors.Add("unreadable answer from pagefind"); return; }
        var payload = answer["payload"]?.AsObject() ?? new JsonObject();
        var id = answer["message_id"]?.GetValue<long>();
        TaskCompletionSource<JsonObject>? waiter = null;
        if (id is { } known) lock (_waiting) if (_waiting.Remove(known, out var w)) waiter = w;
        if (waiter is not null) { waiter.TrySetResult(payload); return; }
        if (payload["type"]?.GetValue<string>() == "Error") lock (_errors) _errors.Add(payload["message"]?.ToString() ?? "error");
        if (id is not null)
        {
            Interlocked.Decrement(ref _pending);
            _inFlight.Release();
        }
    }

    private string Failure(string? what)
    {
        string stderr;
        lock (_stderr) stderr = _stderr.ToString();
        return $"pagefind: {what} {stderr}".Trim();
    }

    public void Dispose()
    {
        try { _stdin.Dispose(); } catch (IOException) { }
        if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        _reader.Wait(5000);
        _process.Dispose();
        _inFlight.Dispose();
    }
}
