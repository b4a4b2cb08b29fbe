using System.Text;
using Reform.Site.Infrastructure;
using Reform.Site.Output;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Output;

/// <summary>How a folder made after the commit (the search index) is brought into the output:
/// only files whose bytes differ are written, files it no longer has are removed, and the
/// manifest lists what is there without losing the site's own files.</summary>
public sealed class FolderSyncTests
{
    [Fact]
    public void Only_changed_files_are_written_stale_ones_removed_and_the_manifest_keeps_the_site()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        using (var output = new StagedOutput(site, [])) { output.Add(new OutputFile("index.html", "<p>home</p>"u8.ToArray())); output.Commit("f"); }
        var index = temp.Combine("index");
        Directory.CreateDirectory(Path.Combine(index, "part"));
        File.WriteAllText(Path.Combine(index, "a.js"), "a");
        File.WriteAllText(Path.Combine(index, "part", "b.bin"), "b");

        Assert.Equal(2, FolderSync.IntoOutput(site, "pagefind", index));
        var kept = Path.Combine(site, "pagefind", "a.js");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(kept, old);

        File.Delete(Path.Combine(index, "part", "b.bin"));
        File.WriteAllText(Path.Combine(index, "c.js"), "c");
        Assert.Equal(1, FolderSync.IntoOutput(site, "pagefind", index));

        Assert.Equal(old, File.GetLastWriteTimeUtc(kept));
        Assert.False(File.Exists(Path.Combine(site, "pagefind", "part", "b.bin")));
        Assert.Equal("c", File.ReadAllText(Path.Combine(site, "pagefind", "c.js"), Encoding.UTF8));
        var manifest = BuildManifest.Read(site)!;
        Assert.Equal(["index.html", "pagefind/a.js", "pagefind/c.js"], manifest.Files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ContentHash.Of("c"u8), manifest.Files["pagefind/c.js"]);
    }

    [Fact]
    public void Kept_folders_stay_as_the_output_has_them_and_in_the_manifest()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        using (var output = new StagedOutput(site, [])) { output.Add(new OutputFile("index.html", "<p>home</p>"u8.ToArray())); output.Commit("f"); }
        var index = temp.Combine("index");
        Directory.CreateDirectory(Path.Combine(index, "ja", "kept"));
        Directory.CreateDirectory(Path.Combine(index, "ja", "made"));
        File.WriteAllText(Path.Combine(index, "ja", "kept", "entry.json"), "old");
        File.WriteAllText(Path.Combine(index, "ja", "made", "entry.json"), "1");
        FolderSync.IntoOutput(site, "pagefind", index);

        // The next index has the made part again and not the kept one, which the output keeps.
        Directory.Delete(Path.Combine(index, "ja", "kept"), true);
        File.WriteAllText(Path.Combine(index, "ja", "made", "entry.json"), "2");
        Assert.Equal(1, FolderSync.IntoOutput(site, "pagefind", index, ["pagefind/ja/kept/"]));

        Assert.Equal("old", File.ReadAllText(Path.Combine(site, "pagefind", "ja", "kept", "entry.json")));
        Assert.Equal("2", File.ReadAllText(Path.Combine(site, "pagefind", "ja", "made", "entry.json")));
        Assert.Equal(["index.html", "pagefind/ja/kept/entry.json", "pagefind/ja/made/entry.json"], BuildManifest.Read(site)!.Files.Keys.Order(StringComparer.Ordinal));

        // Without it among the kept folders, a part the index no longer has goes.
        FolderSync.IntoOutput(site, "pagefind", index);
        Assert.False(File.Exists(Path.Combine(site, "pagefind", "ja", "kept", "entry.json")));
    }
}
