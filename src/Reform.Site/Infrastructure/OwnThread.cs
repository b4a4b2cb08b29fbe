namespace Reform.Site.Infrastructure;

/// <summary>Work that waits most of its life (for a child process's output, for a process to
/// finish its index, for other tasks) runs on a thread of its own, not the thread pool's. The pool
/// keeps about one thread per processor and adds more only slowly (about two a second) when
/// they are all blocked: three Pagefind readers blocking pool threads left the pages waiting for
/// a worker, and the five cities took 5.9 s where they take 4 s (docs/performance.md).</summary>
internal static class OwnThread
{
    public static Task Run(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static Task<T> Run<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
