using System.Diagnostics;

namespace Reform.Site.Pipeline;

/// <summary>Something the build makes while the pages render (the downloads, the change history),
/// for the pages that show it. The page plan is made before that work starts and holds only this.
/// Those pages are rendered last, once the work has ended (<see cref="RenderPasses.Render"/>):
/// reading it sooner would be a page not marked <c>RenderLast</c>, and throws rather than blocking
/// a rendering worker, which starved the thread pool (docs/performance.md, step 30).</summary>
internal sealed class MadeAlongside<T>(string what)
{
    private Task<T>? _task;
    private TimeSpan _elapsed;

    /// <summary>Starts making it on a thread of its own (it lives as long as the render, and waits
    /// on git and on the tasks it starts: <see cref="Infrastructure.OwnThread"/>), timed.</summary>
    public Task<T> Start(Func<T> make)
    {
        _task = Infrastructure.OwnThread.Run(() =>
        {
            var clock = Stopwatch.StartNew();
            try { return make(); }
            finally { _elapsed = clock.Elapsed; }
        });
        return _task;
    }

    /// <summary>What was made; its failure, if it failed.</summary>
    public T Read() => _task is { IsCompleted: true } task
        ? task.GetAwaiter().GetResult()
        : throw new InvalidOperationException($"{what} read before it was made: a page that shows it must be rendered last (PageSpec.RenderLast)");

    /// <summary>How long making it took, once it has ended.</summary>
    public TimeSpan? Elapsed => _task is { IsCompleted: true } ? _elapsed : null;
}
