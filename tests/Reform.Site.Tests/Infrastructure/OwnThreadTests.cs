using Reform.Site.Infrastructure;

namespace Reform.Site.Tests.Infrastructure;

/// <summary>Work that waits runs on a thread of its own: were it on the thread pool, each such
/// piece of work would hold one of the pool's few threads while the pages wait for a worker.</summary>
public sealed class OwnThreadTests
{
    [Fact]
    public async Task Work_runs_on_a_thread_that_is_not_the_pool_s()
    {
        Assert.False(await OwnThread.Run(() => Thread.CurrentThread.IsThreadPoolThread));
        var onPool = true;
        await OwnThread.Run(() => { onPool = Thread.CurrentThread.IsThreadPoolThread; });
        Assert.False(onPool);
    }

    [Fact]
    public async Task A_failure_reaches_whoever_waits_for_the_work()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => OwnThread.Run<int>(() => throw new InvalidOperationException("broken")));
        Assert.Equal("broken", failure.Message);
    }
}
