using System.Diagnostics;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Cli;

/// <summary>The command installs as a .NET tool and works outside the repository, theme included.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_and_builds_a_site_from_any_folder()
    {
        using var temp = new TempDir();
        Run("dotnet", $"pack {Path.Combine(RepoPaths.Root, "src", "Reform.Site.Cli")} -c Release -o {temp.Combine("pkg")}", RepoPaths.Root);
        Run("dotnet", $"tool install ReformSite.Tool --tool-path {temp.Combine("tool")} --add-source {temp.Combine("pkg")}", temp.Path);
        var tool = temp.Combine("tool", "reform-site");

        Assert.Contains("export-template", Run(tool, "--help", temp.Path));
        TempDir.CopyTree(RepoPaths.GoodData, temp.Combine("work", "data"));
        Assert.Contains("0 error(s)", Run(tool, "validate", temp.Combine("work")));
        Assert.Contains("built", Run(tool, "build --search off", temp.Combine("work")));
        Assert.True(File.Exists(temp.Combine("work", "_site", "en", "plans", "012131-sample-plan", "p1", "index.html")));
    }

    private static string Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{file} {arguments} timed out");
        Assert.True(process.ExitCode == 0, $"{file} {arguments}: {error}{output.Result}");
        return output.Result;
    }
}
