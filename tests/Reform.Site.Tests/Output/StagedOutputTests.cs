using System.Text;
using Reform.Site.Infrastructure;
using Reform.Site.Output;
using Reform.Site.Tests.Infrastructure;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Output;

/// <summary>The writing session a build uses: files arrive from many threads, nothing reaches the
/// output before the commit, and over a previous build only changed files are touched.</summary>
public sealed class StagedOutputTests
{
    private static OutputFile Page(int i, string text = "page") => new($"p{i % 7}/n{i}/index.html", Encoding.UTF8.GetBytes($"<p>{text} {i}</p>"));

    [Fact]
    public void Files_added_from_many_threads_give_the_same_output_as_added_in_order()
    {
        using var temp = new TempDir();
        var (inOrder, parallel) = (temp.Combine("a"), temp.Combine("b"));
        using (var output = new StagedOutput(inOrder, []))
        {
            for (var i = 0; i < 500; i++) output.Add(Page(i));
            output.Commit("f");
        }
        using (var output = new StagedOutput(parallel, []))
        {
            Parallel.For(0, 500, i => output.Add(Page(499 - i)));
            output.Commit("f");
        }
        Assert.Equal(File.ReadAllBytes(Path.Combine(inOrder, BuildManifest.FileName)), File.ReadAllBytes(Path.Combine(parallel, BuildManifest.FileName)));
        Assert.Equal(500, Directory.GetFiles(parallel, "index.html", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void The_manifest_records_each_file_as_sha256sum_prints_it_and_a_fresh_build_reads_its_files_back()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        using (var output = new StagedOutput(site, []))
        {
            output.Add(new OutputFile("index.html", "abc"u8.ToArray()));
            output.Add("downloads/all.csv", s => s.Write("a,b\n"u8));
            using (var read = new StreamReader(output.OpenRead("downloads/all.csv"))) Assert.Equal("a,b\n", read.ReadToEnd());
            output.Commit("f");
        }
        var manifest = BuildManifest.Read(site)!;
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", manifest.Files["index.html"].ToString());
        Assert.Equal(ContentHash.Of(File.ReadAllBytes(Path.Combine(site, "downloads", "all.csv"))), manifest.Files["downloads/all.csv"]);
    }

    [Fact]
    public void A_manifest_with_a_damaged_hash_is_ignored_so_every_file_is_written_again()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        using (var output = new StagedOutput(site, [])) { output.Add(Page(1)); output.Commit("f"); }
        var path = Path.Combine(site, BuildManifest.FileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace(ContentHash.Of(Page(1).Bytes).ToString(), "not-a-hash"));

        Assert.Null(BuildManifest.Read(site));
        using var again = new StagedOutput(site, []);
        again.Add(Page(1));
        Assert.Equal(1, again.Commit("f").Written);
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_build_is_deleted_by_the_next_build()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        var left = $"{site}.staging-{ScratchSpaceTests.EndedProcessId()}";
        Directory.CreateDirectory(Path.Combine(left, "ja"));
        File.WriteAllText(Path.Combine(left, "ja", "index.html"), "half a site");

        using (var output = new StagedOutput(site, [])) { output.Add(Page(1)); output.Commit("f"); }

        Assert.Equal(["_site"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_first_commit_that_fails_leaves_no_staging_folder_and_no_output()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        using (var output = new StagedOutput(site, []))
        {
            output.Add(Page(1));
            // The manifest cannot be written (as when memory or disk runs out).
            Directory.CreateDirectory(Path.Combine($"{site}.staging-{Environment.ProcessId}", BuildManifest.FileName + ".tmp"));
            Assert.ThrowsAny<Exception>(() => output.Commit("f"));
        }
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_commit_that_fails_halfway_leaves_no_manifest_so_the_next_build_starts_afresh()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        using (var output = new StagedOutput(site, [])) { output.Add(Page(1)); output.Add(Page(2)); output.Commit("f"); }
        using (var output = new StagedOutput(site, []))
        {
            output.Add(Page(1, "changed"));
            output.Add(Page(2));
            Directory.CreateDirectory(Path.Combine(site, BuildManifest.FileName + ".tmp"));
            Assert.ThrowsAny<Exception>(() => output.Commit("g"));
        }
        Directory.Delete(Path.Combine(site, BuildManifest.FileName + ".tmp"));
        Assert.Null(BuildManifest.Read(site));
        Assert.Equal(["_site"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));

        using (var output = new StagedOutput(site, []))
        {
            output.Add(Page(1));
            output.Add(Page(2));
            Assert.Equal(2, output.Commit("f").Written);
        }
        Assert.Equal("<p>page 1</p>", File.ReadAllText(Path.Combine(site, Page(1).Path)));
    }

    [Fact]
    public void Without_a_commit_the_previous_output_stays_and_the_staging_folder_goes()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        using (var output = new StagedOutput(site, [])) { output.Add(Page(1)); output.Commit("f"); }

        using (var output = new StagedOutput(site, []))
        {
            output.Add(Page(1, "changed"));
            output.Add("downloads/big.csv", s => s.Write("a,b\n"u8));
        }

        Assert.Equal("<p>page 1</p>", File.ReadAllText(Path.Combine(site, Page(1).Path)));
        Assert.False(File.Exists(Path.Combine(site, "downloads", "big.csv")));
        Assert.Equal(["_site"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Over_a_previous_build_unchanged_files_are_not_touched_and_read_back_from_the_output()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        using (var output = new StagedOutput(site, []))
        {
            output.Add(Page(1));
            output.Add("downloads/all.csv", s => s.Write("a,b\n1,2\n"u8));
            output.Commit("f");
        }
        var old = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.GetFiles(site, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, old);

        using (var output = new StagedOutput(site, []))
        {
            Assert.Equal(8, output.Add("downloads/all.csv", s => s.Write("a,b\n1,2\n"u8)));
            Assert.True(output.Keep(Page(1).Path));
            Assert.False(output.Keep("p0/n0/index.html")); // never written: must be made
            using (var read = new StreamReader(output.OpenRead("downloads/all.csv"))) Assert.Equal("a,b\n1,2\n", read.ReadToEnd());
            output.Add(new OutputFile("new.html", "<p>new</p>"u8.ToArray()));
            var summary = output.Commit("g");
            Assert.Equal(1, summary.Written);
        }

        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(site, "downloads", "all.csv")));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(site, Page(1).Path)));
        Assert.Equal("<p>new</p>", File.ReadAllText(Path.Combine(site, "new.html")));
    }
}
