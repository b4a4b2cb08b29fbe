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
        var (data, options) = CopyOfGoodSite(temp, RepoPaths.Theme);
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
        var (data, options) = CopyOfGoodSite(temp, RepoPaths.Theme);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var p2 = Path.Combine(options.OutputDir, "en", "plans", Plan, "p2", "index.html");
        Assert.True(File.Exists(p2));

        var plan = Path.Combine(data, "plans", Plan);
        File.WriteAllText(Path.Combine(plan, "nodes.csv"), File.ReadAllText(Path.Combine(plan, "nodes.csv")).Replace("p2,,1,2,組織の見直し,Organisation,,,,\n", ""));
        File.WriteAllText(Path.Combine(plan, "effects.csv"), File.ReadAllText(Path.Combine(plan, "effects.csv")).Replace("p2,2021,2021,actual,500,千円,,,\n", "").Replace(",2021,2021,actual,2,百万円", ",2021,2021,actual,1.5,百万円"));
        Assert.True(SiteBuilder.Build(options).Succeeded);
        Assert.False(File.Exists(p2));
    }

    [Fact]
    public void Pages_of_unchanged_plans_are_kept_and_a_shared_change_remakes_every_page()
    {
        using var temp = new TempDir();
        var theme = temp.Combine("theme");
        TempDir.CopyTree(RepoPaths.Theme, theme);
        var (data, options) = CopyOfGoodSite(temp, theme);
        const string other = "012131-second-plan";
        TempDir.CopyTree(Path.Combine(data, "plans", Plan), Path.Combine(data, "plans", other));
        var otherJson = Path.Combine(data, "plans", other, "plan.json");
        File.WriteAllText(otherJson, File.ReadAllText(otherJson).Replace("\"id\": \"sample-plan\"", "\"id\": \"second-plan\""));
        Assert.True(SiteBuilder.Build(options).Succeeded);
        string Page(string plan, string node) => Path.Combine(options.OutputDir, "en", "plans", plan, node, "index.html");

        // A fix in one plan: its pages and downloads change; the other plan's are kept, not made
        // again, except a page a reader deleted from the output, which is made again.
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.GetFiles(options.OutputDir, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, old);
        var nodes = Path.Combine(data, "plans", Plan, "nodes.csv");
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("More online applications", "Online applications everywhere"));
        File.Delete(Page(other, "p2"));
        var messages = new List<string>();
        var rebuilt = SiteBuilder.Build(options, messages.Add);
        Assert.True(rebuilt.Succeeded);
        Assert.Contains(messages, m => m.Contains("keeping the pages and downloads of 1 unchanged plan", StringComparison.Ordinal));
        Assert.Contains("Online applications everywhere", File.ReadAllText(Page(Plan, "p1-i1-b")));
        Assert.Contains("More online applications", File.ReadAllText(Page(other, "p1-i1-b")));
        Assert.True(File.Exists(Page(other, "p2")));
        string Download(string name) => Path.Combine(options.OutputDir, "downloads", name);
        foreach (var name in new[] { $"{other}.json", $"{other}.xlsx", $"{other}.zip", $"{other}-flat-ja.csv", $"{other}-flat-en.csv" })
            Assert.Equal(old, File.GetLastWriteTimeUtc(Download(name)));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Download($"{Plan}-flat-en.csv")));
        // Kept or made again (the other plan's rows of the all-plans tables come from the cache
        // folder), the site is the one a fresh build without a cache makes, and is reported the same.
        var fresh = options with { OutputDir = temp.Combine("fresh"), CacheDir = null };
        var freshResult = SiteBuilder.Build(fresh);
        Assert.True(freshResult.Succeeded);
        AssertSameFiles(fresh.OutputDir, options.OutputDir);
        Assert.Equal((freshResult.FileCount, freshResult.Bytes), (rebuilt.FileCount, rebuilt.Bytes));

        // A template change is shared by every page: no plan's pages are kept.
        var layout = Path.Combine(theme, "layouts", "node.html");
        File.AppendAllText(layout, "<!-- template changed -->\n");
        messages.Clear();
        Assert.True(SiteBuilder.Build(options, messages.Add).Succeeded);
        Assert.DoesNotContain(messages, m => m.Contains("keeping the pages", StringComparison.Ordinal));
        Assert.Contains("<!-- template changed -->", File.ReadAllText(Page(Plan, "p1-i1-b")));
        Assert.Contains("<!-- template changed -->", File.ReadAllText(Page(other, "p1-i1-b")));
    }

    [Fact]
    public void The_zip_of_everything_holds_each_file_as_it_is_even_when_a_kept_plan_zip_does_not()
    {
        using var temp = new TempDir();
        var (data, options) = CopyOfGoodSite(temp, RepoPaths.Theme);
        const string other = "012131-second-plan";
        TempDir.CopyTree(Path.Combine(data, "plans", Plan), Path.Combine(data, "plans", other));
        var otherJson = Path.Combine(data, "plans", other, "plan.json");
        File.WriteAllText(otherJson, File.ReadAllText(otherJson).Replace("\"id\": \"sample-plan\"", "\"id\": \"second-plan\""));
        Assert.True(SiteBuilder.Build(options).Succeeded);

        // The other plan's ZIP, kept by the next build, no longer holds its nodes.csv as published
        // (a stray edit of the output): the ZIP of everything copies that plan's entries from
        // its ZIP only where they hold the file's bytes.
        string Download(string name) => Path.Combine(options.OutputDir, "downloads", name);
        var entry = $"plans/{other}/nodes.csv";
        using (var zip = System.IO.Compression.ZipFile.Open(Download($"{other}.zip"), System.IO.Compression.ZipArchiveMode.Update))
        {
            zip.GetEntry(entry)!.Delete();
            using var stale = new StreamWriter(zip.CreateEntry(entry).Open());
            stale.Write("id,parent_id\r\nstale,\r\n");
        }
        var nodes = Path.Combine(data, "plans", Plan, "nodes.csv");
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("More online applications", "Online applications everywhere"));
        var messages = new List<string>();
        Assert.True(SiteBuilder.Build(options, messages.Add).Succeeded);
        Assert.Contains(messages, m => m.Contains("keeping the pages and downloads of 1 unchanged plan", StringComparison.Ordinal));

        using var everything = System.IO.Compression.ZipFile.OpenRead(Download(Reform.Site.Model.SitePaths.AllZip));
        using var copy = new MemoryStream();
        using (var held = everything.GetEntry(entry)!.Open()) held.CopyTo(copy);
        Assert.Equal(File.ReadAllBytes(Download(entry)), copy.ToArray());
    }

    /// <summary>A copy of the good data to edit, and build options over it (search off, with a
    /// cache folder, as the command line has).</summary>
    private static (string Data, BuildOptions Options) CopyOfGoodSite(TempDir temp, string theme)
    {
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        return (data, new BuildOptions(data, temp.Combine("_site"), temp.Combine("none"), theme, "https://example.org/", SearchMode.Off, CacheDir: temp.Combine("cache")));
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        static IEnumerable<string> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f)).Where(f => f != Reform.Site.Output.BuildManifest.FileName).Order(StringComparer.Ordinal);
        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), file);
    }
}
