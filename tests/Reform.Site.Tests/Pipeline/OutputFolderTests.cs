using Reform.Site.Cli;
using Reform.Site.Output;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Pipeline;

/// <summary>A first build replaces its output folder whole: it must never be pointed at the
/// inputs, at a folder holding them, or at a folder of someone else's files.</summary>
public sealed class OutputFolderTests
{
    private static (int Exit, string Output) Build(string data, string content, string output)
    {
        var writer = new StringWriter();
        var exit = CliApp.Run(["build", "--data", data, "--content", content, "--out", output, "--search", "off", "--history", "0", "--quiet"], writer, writer);
        return (exit, writer.ToString());
    }

    private static string Snapshot(string folder) => string.Join("\n",
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(f => f + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));

    [Theory]
    [InlineData(".")]          // the folder that holds data/ and content/
    [InlineData("data")]       // the data itself
    [InlineData("data/site")]  // inside the data
    [InlineData("content")]
    public void An_output_folder_that_overlaps_an_input_is_refused_and_nothing_is_touched(string output)
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Combine("data"));
        Directory.CreateDirectory(temp.Combine("content", "ja"));
        File.WriteAllText(temp.Combine("content", "ja", "about.md"), "---\ntitle: について\n---\n\n本文。\n");
        var before = Snapshot(temp.Path);
        var (exit, text) = Build(temp.Combine("data"), temp.Combine("content"), temp.Combine(output));
        Assert.Equal(1, exit);
        Assert.Contains("RS123", text, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp.Path));
    }

    [Fact]
    public void A_folder_of_other_files_is_refused_an_empty_or_built_one_is_used()
    {
        using var temp = new TempDir();
        var output = temp.Combine("public");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "precious.txt"), "not ours");
        var (exit, text) = Build(RepoPaths.GoodData, temp.Combine("no-content"), output);
        Assert.Equal(1, exit);
        Assert.Contains("RS124", text, StringComparison.Ordinal);
        Assert.Equal("not ours", File.ReadAllText(Path.Combine(output, "precious.txt")));

        File.Delete(Path.Combine(output, "precious.txt"));
        Assert.Equal(0, Build(RepoPaths.GoodData, temp.Combine("no-content"), output).Exit);
        Assert.True(File.Exists(Path.Combine(output, BuildManifest.FileName)));
        Assert.Equal(0, Build(RepoPaths.GoodData, temp.Combine("no-content"), output).Exit); // built by us: reused
    }

    [Fact]
    public void A_manifest_naming_files_outside_the_output_is_not_trusted()
    {
        using var temp = new TempDir();
        var output = temp.Combine("_site");
        Assert.Equal(0, Build(RepoPaths.GoodData, temp.Combine("no-content"), output).Exit);
        var outside = temp.Combine("outside.txt");
        File.WriteAllText(outside, "keep me");
        var manifest = Path.Combine(output, BuildManifest.FileName);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"files\": {", "\"files\": {\n    \"../outside.txt\": \"" + new string('0', 64) + "\",", StringComparison.Ordinal));
        Assert.Null(BuildManifest.Read(output));
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        File.AppendAllText(Path.Combine(data, "themes.csv"), ""); // a different input folder: a rebuild
        Assert.Equal(0, Build(data, temp.Combine("no-content"), output).Exit);
        Assert.Equal("keep me", File.ReadAllText(outside));
    }

    [Theory]
    [InlineData("a/b.html", true)]
    [InlineData("../b.html", false)]
    [InlineData("a/../../b", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("a\\b", false)]
    [InlineData("a//b", false)]
    [InlineData("", false)]
    public void Manifest_paths_are_plain_relative_paths(string path, bool safe) => Assert.Equal(safe, BuildManifest.IsSafeRelativePath(path));
}
