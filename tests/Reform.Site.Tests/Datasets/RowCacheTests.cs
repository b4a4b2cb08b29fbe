using Reform.Site.Datasets;
using Reform.Site.Infrastructure;
using Reform.Site.Localization;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

public sealed class RowCacheTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Rows = [["p1", "改行\nあり", ""], ["p2", "\"quoted\"", "x"]];

    private static InputFingerprint Inputs(string planHash, string shared = "shared") =>
        new(shared, new Dictionary<string, string> { ["plan-a"] = planHash });

    [Fact]
    public void Rows_of_an_unchanged_plan_are_read_back_without_being_made_again()
    {
        using var temp = new TempDir();
        var made = 0;
        IReadOnlyList<IReadOnlyList<string>> Make() { made++; return Rows; }

        var first = RowCache.Persistent(temp.Path, Inputs("h1")).GetOrAdd("plan-a", Language.Ja, Make);
        var again = RowCache.Persistent(temp.Path, Inputs("h1")).GetOrAdd("plan-a", Language.Ja, Make);
        Assert.Equal(1, made);
        Assert.Equal(Rows, again.Read().ToList());
        Assert.Equal(2, again.Count);

        // Another version of the plan, another language, or a shared change: made afresh.
        RowCache.Persistent(temp.Path, Inputs("h2")).GetOrAdd("plan-a", Language.Ja, Make);
        RowCache.Persistent(temp.Path, Inputs("h1")).GetOrAdd("plan-a", Language.En, Make);
        RowCache.Persistent(temp.Path, Inputs("h1", "theme changed")).GetOrAdd("plan-a", Language.Ja, Make);
        Assert.Equal(4, made);
        Assert.Equal(Rows, first.Read().ToList());
    }

    [Fact]
    public void A_damaged_entry_is_made_again()
    {
        using var temp = new TempDir();
        var cache = RowCache.Persistent(temp.Path, Inputs("h1"));
        cache.GetOrAdd("plan-a", Language.Ja, () => Rows);
        foreach (var file in Directory.GetFiles(cache.Folder)) File.WriteAllText(file, "not rows");
        var made = 0;
        var rows = cache.GetOrAdd("plan-a", Language.Ja, () => { made++; return Rows; });
        Assert.Equal(1, made);
        Assert.Equal(Rows, rows.Read().ToList());
    }
}
