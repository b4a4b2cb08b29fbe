using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>A small data fix publishes by touching only what it changes.</summary>
public sealed class IncrementalBuildTests
{
    private const string Plan = "012131-sample-plan";

    [Fact]
    public void A_rebuild_without_changes_does_nothing_and_a_changed_row_rewrites_only_what_differs()
    {
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        var options = new BuildOptions(data, temp.Combine("_site"), temp.Combine("none"), RepoPaths.Theme, "https://example.org/", "off");
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.GetFiles(options.OutputDir, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, old);

        var again = SiteBuilder.Build(options);
        Assert.True(again.UpToDate);
        Assert.All(Directory.GetFiles(options.OutputDir, "*", SearchOption.AllDirectories), f => Assert.Equal(old, File.GetLastWriteTimeUtc(f)));

        var nodes = Path.Combine(data, "plans", Plan, "nodes.csv");
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("More online applications", "Online applications everywhere"));
        var changed = SiteBuilder.Build(options);
        Assert.True(changed.Succeeded);
        Assert.False(changed.UpToDate);
        string Page(string path) => Path.Combine(options.OutputDir, path, "index.html");
        Assert.Contains("Online applications everywhere", File.ReadAllText(Page($"en/plans/{Plan}/p1-i1-b")));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Page($"en/plans/{Plan}/p1-i1-b")));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Page($"ja/plans/{Plan}/p1-i1-b"))); // the Japanese page did not change
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(options.OutputDir, "assets", "site.css")));
        Assert.InRange(changed.Written, 1, changed.FileCount - 1); // pages that show the title, the downloads; not the rest
    }

    [Fact]
    public void Pages_of_a_removed_node_are_removed()
    {
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        var options = new BuildOptions(data, temp.Combine("_site"), temp.Combine("none"), RepoPaths.Theme, "https://example.org/", "off");
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var p2 = Path.Combine(options.OutputDir, "en", "plans", Plan, "p2", "index.html");
        Assert.True(File.Exists(p2));

        var plan = Path.Combine(data, "plans", Plan);
        File.WriteAllText(Path.Combine(plan, "nodes.csv"), File.ReadAllText(Path.Combine(plan, "nodes.csv")).Replace("p2,,1,2,組織の見直し,Organisation,,,,\n", ""));
        File.WriteAllText(Path.Combine(plan, "effects.csv"), File.ReadAllText(Path.Combine(plan, "effects.csv")).Replace("p2,2021,2021,actual,500,千円,,,\n", "").Replace(",2021,2021,actual,2,百万円", ",2021,2021,actual,1.5,百万円"));
        Assert.True(SiteBuilder.Build(options).Succeeded);
        Assert.False(File.Exists(p2));
    }
}
