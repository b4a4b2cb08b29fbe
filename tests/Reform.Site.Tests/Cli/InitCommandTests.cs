using Reform.Site.Cli;
using Reform.Site.Cli.Commands;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Cli;

/// <summary><c>reform-site init</c>: a city's repository that validates and builds as written,
/// with an example that cannot be published unnoticed, and never written over existing files.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void An_initialised_repository_validates_with_example_warnings_only_and_builds()
    {
        using var temp = new TempDir();
        var repo = temp.Combine("city");
        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["init", repo], output, new StringWriter()));

        foreach (var path in new[] { "README.md", "site.yml", ".gitignore", ".config/dotnet-tools.json", ".github/workflows/validate.yml", ".github/workflows/deploy.yml", "content/ja/about.md", "content/en/about.md", "data/themes.csv", $"data/plans/{InitCommand.ExamplePlan}/plan.json" })
            Assert.True(File.Exists(Path.Combine(repo, path)), path);
        var manifest = File.ReadAllText(Path.Combine(repo, ".config", "dotnet-tools.json"));
        Assert.Contains($"\"version\": \"{InitCommand.ToolVersion}\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"reformsite.tool\"", manifest, StringComparison.Ordinal);
        var readme = File.ReadAllText(Path.Combine(repo, "README.md"));
        Assert.Contains("## 日本語", readme, StringComparison.Ordinal);
        Assert.Contains("## English", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet tool update ReformSite.Tool", readme, StringComparison.Ordinal);

        var (data, diagnostics) = DataLoader.Load(Path.Combine(repo, "data"));
        var plan = Assert.Single(data.Plans);
        Assert.Equal(InitCommand.ExamplePlan, plan.Key);
        Assert.Contains("例", plan.Municipality.Name.Ja, StringComparison.Ordinal);
        Assert.Contains("Example", plan.Metadata.Title.En, StringComparison.Ordinal);
        // Valid, and marked: validate keeps saying that the example is still there.
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(Codes.ExampleRowLeft, d.Code));

        var validate = new StringWriter();
        Assert.Equal(0, CliApp.Run(["validate", "--data", Path.Combine(repo, "data"), "--content", Path.Combine(repo, "content")], validate, new StringWriter()));
        Assert.Contains("RS603", validate.ToString(), StringComparison.Ordinal);
        var build = SiteBuilder.Build(new BuildOptions(Path.Combine(repo, "data"), Path.Combine(repo, "_site"), Path.Combine(repo, "content"), RepoPaths.Theme, "https://example.org/", SearchMode.Off));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        Assert.Contains("（例）例市 行財政改革オープンデータ", File.ReadAllText(Path.Combine(repo, "_site", "ja", "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(repo, "_site", "en", "about", "index.html")) || Directory.GetFiles(Path.Combine(repo, "_site", "en"), "index.html", SearchOption.AllDirectories).Any(f => f.Contains("about", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_with_a_coded_error_and_left_as_it_was()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.Combine("notes.txt"), "mine");
        var output = new StringWriter();
        Assert.Equal(1, CliApp.Run(["init", temp.Path], output, new StringWriter()));
        Assert.Contains("error RS153", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("ja: ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal([temp.Combine("notes.txt")], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_empty_folder_is_accepted()
    {
        using var temp = new TempDir();
        Assert.Equal(0, CliApp.Run(["init", temp.Path], new StringWriter(), new StringWriter()));
        Assert.True(File.Exists(temp.Combine("site.yml")));
    }
}
