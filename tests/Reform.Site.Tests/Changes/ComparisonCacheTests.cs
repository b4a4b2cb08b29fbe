using Reform.Site.Changes;
using Reform.Site.Infrastructure;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Changes;

/// <summary>The cache folder does not grow without end: comparisons unused for a month go.</summary>
public sealed class ComparisonCacheTests
{
    [Fact]
    public void Entries_unused_for_longer_than_the_maximum_age_are_pruned_and_used_ones_kept()
    {
        using var folder = new TempDir();
        var cache = new ComparisonCache(folder.Path);
        var change = new Change(ChangeKind.Changed, "p1", "rating", "2021/overall", "B", "C");
        var (old, used) = (ComparisonCache.Key("a", "1", "2", null, null), ComparisonCache.Key("b", "1", "2", null, null));
        cache.Put(old, [change]);
        cache.Put(used, [change]);
        var longAgo = DateTime.UtcNow - CacheFolder.MaxAge - TimeSpan.FromDays(1);
        File.SetLastWriteTimeUtc(Path.Combine(cache.Folder, old + ".json"), longAgo);
        File.SetLastWriteTimeUtc(Path.Combine(cache.Folder, used + ".json"), longAgo);
        Assert.Equal([change], cache.Get(used)); // reading an entry marks it as in use

        cache.Prune();

        Assert.Null(cache.Get(old));
        Assert.Equal([change], cache.Get(used));
    }
}
