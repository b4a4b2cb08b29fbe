using System.Diagnostics;
using Reform.Site.Cli.Commands;
using Reform.Site.Tests.Support;
using Reform.Site.Tests.Workflows;

namespace Reform.Site.Tests.Cli;

/// <summary>The command as a city gets it: packed as a .NET tool, installed from that package
/// alone (offline: a folder is the only package source), used outside the repository, and the
/// repository <c>init</c> writes, checked by running its workflows' own shell steps.</summary>
/// <remarks>Packing is the slow part (about a minute on a 2-core machine), so it happens once
/// for both tests (<see cref="Package"/>); the rest takes about 30 s (docs/performance.md).</remarks>
public sealed class ToolPackageTests : IClassFixture<ToolPackageTests.Package>
{
    /// <summary>The tool packed once, at a version of its own: the version is what the tool
    /// manifest pins, and no copy of an earlier pack in a package cache can stand in for it.</summary>
    public sealed class Package : IDisposable
    {
        private readonly TempDir _temp = new();

        public Package()
        {
            Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            Run("dotnet", $"pack {Path.Combine(RepoPaths.Root, "src", "Reform.Site.Cli")} -c Release -p:Version={Version} -o {Folder}", RepoPaths.Root, Offline);
        }

        public string Version { get; }

        public string Folder => _temp.Combine("pkg");

        /// <summary>Where installs and restores put packages: a folder of the test's own, so they
        /// neither read nor fill the machine's package cache.</summary>
        public string PackageCache => _temp.Combine("nuget-packages");

        public static IReadOnlyDictionary<string, string> Offline => new Dictionary<string, string>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };

        public IReadOnlyDictionary<string, string> Isolated => new Dictionary<string, string>(Offline) { ["NUGET_PACKAGES"] = PackageCache };

        public void Dispose() => _temp.Dispose();
    }

    private readonly Package _package;

    public ToolPackageTests(Package package) => _package = package;

    private string InstallTool(TempDir temp)
    {
        // The package folder is the only source: nothing comes from the internet.
        File.WriteAllText(temp.Combine("nuget.config"), OnlySource(_package.Folder));
        Run("dotnet", $"tool install ReformSite.Tool --tool-path {temp.Combine("tool")} --add-source {_package.Folder} --version {_package.Version}", temp.Path, _package.Isolated);
        return temp.Combine("tool", "reform-site");
    }

    [Fact]
    public void The_packed_tool_installs_and_builds_a_site_from_any_folder()
    {
        using var temp = new TempDir();
        var tool = InstallTool(temp);

        Assert.Contains("export-template", Run(tool, "--help", temp.Path));
        TempDir.CopyTree(RepoPaths.GoodData, temp.Combine("work", "data"));
        Assert.Contains("0 error(s)", Run(tool, "validate", temp.Combine("work")));
        Assert.Contains("built", Run(tool, "build --search off", temp.Combine("work")));
        Assert.True(File.Exists(temp.Combine("work", "_site", "en", "plans", "012131-sample-plan", "p1", "index.html")));
    }

    /// <summary>init, a plan added, validate and build with the installed tool; then the shell
    /// steps of the workflows init wrote, as GitHub would run them (bash -eo pipefail, with
    /// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), before and after a data edit, and with a
    /// data error, which they must report and fail on.</summary>
    [Fact]
    public void An_initialised_repository_validates_builds_and_runs_its_workflows_with_the_installed_tool()
    {
        using var temp = new TempDir();
        var tool = InstallTool(temp);
        var repo = temp.Combine("city");
        Assert.Contains("created", Run(tool, $"init {repo}", temp.Path), StringComparison.Ordinal);
        Assert.Contains($"\"version\": \"{_package.Version}\"", File.ReadAllText(Path.Combine(repo, ".config", "dotnet-tools.json")), StringComparison.Ordinal);

        // A plan of the city's own next to the example.
        TempDir.CopyTree(Path.Combine(RepoPaths.GoodData, "plans"), Path.Combine(repo, "data", "plans"));
        Assert.Contains("2 plan(s) checked: 0 error(s)", Run(tool, "validate", repo), StringComparison.Ordinal);
        Assert.Contains("from 2 plans", Run(tool, "build --search off --history 0", repo), StringComparison.Ordinal);

        // The workflows restore the pinned tool from the package folder only (no internet), and
        // the deploy's Pagefind comes from this repository's npm install instead of the registry.
        File.WriteAllText(Path.Combine(repo, "nuget.config"), OnlySource(_package.Folder));
        Directory.CreateSymbolicLink(Path.Combine(repo, "node_modules"), NodeModules.Root);
        var runner = new WorkflowRunner(repo, _package.Isolated);
        var validate = Workflow.Parse("validate.yml", File.ReadAllText(Path.Combine(repo, ".github", "workflows", "validate.yml")));
        var deploy = Workflow.Parse("deploy.yml", File.ReadAllText(Path.Combine(repo, ".github", "workflows", "deploy.yml")));

        var clean = runner.Run(validate);
        Assert.True(clean.Succeeded, clean.Log);
        Assert.Contains("Install reform-site (the version pinned in .config/dotnet-tools.json)", clean.Ran);
        Assert.Contains("Post the report on the pull request", clean.Skipped);
        Assert.Contains("RS603", clean.Summary, StringComparison.Ordinal);
        Assert.Equal("0", clean.Outputs["report"]["status"]);

        // A data edit the staff make: the year's actual effect next to its plan. Still accepted.
        File.AppendAllText(Path.Combine(repo, "data", "plans", InitCommand.ExamplePlan, "effects.csv"), "p1-n2,2025,2025,planned,900,千円,,,\n");
        var edited = runner.Run(validate);
        Assert.True(edited.Succeeded, edited.Log);
        var deployed = runner.Run(deploy, new Dictionary<string, IReadOnlyDictionary<string, string>> { ["pages"] = new Dictionary<string, string> { ["base_url"] = "https://city.example.github.io/reform" } });
        Assert.True(deployed.Succeeded, deployed.Log);
        Assert.Contains("Install Pagefind, which builds the search index", deployed.Skipped);
        Assert.Contains("Build", deployed.Ran);
        Assert.True(Directory.Exists(Path.Combine(repo, "_site", "pagefind")), deployed.Log);
        Assert.Contains("https://city.example.github.io/reform/ja/", File.ReadAllText(Path.Combine(repo, "_site", "sitemap.xml")), StringComparison.Ordinal);

        // A data error: reported as annotations and in the summary, then the job fails at its last check.
        File.AppendAllText(Path.Combine(repo, "data", "plans", InitCommand.ExamplePlan, "effects.csv"), "p1-n2,2025,2025,planned,nine hundred,千円,,,\n");
        var broken = runner.Run(validate);
        Assert.False(broken.Succeeded);
        Assert.Equal("Fail on data errors", broken.FailedStep);
        Assert.Contains("::error file=", broken.Log, StringComparison.Ordinal);
        Assert.Contains("RS203", broken.Summary, StringComparison.Ordinal);
    }

    private static string OnlySource(string folder) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="reform-site" value="{folder}" />
          </packageSources>
        </configuration>
        """;

    internal static string Run(string file, string arguments, string directory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{file} {arguments} timed out");
        Assert.True(process.ExitCode == 0, $"{file} {arguments}: {error}{output.Result}");
        return output.Result;
    }
}
