using Reform.Site.Cli;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Cli;

public sealed class CliAppTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A national build on too small a machine (here: the .NET heap held to 10 MB). The
    /// parallel stages report it wrapped, and Scriban wraps it as a template error: neither may
    /// reach the user as a bug report, a template problem, or a stack trace.</summary>
    [Fact]
    public async Task Out_of_memory_says_what_a_build_needs_and_leaves_the_previous_output_as_it_was()
    {
        using var temp = new TempDir();
        var site = temp.Combine("_site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "index.html"), "the previous site");
        File.WriteAllText(Path.Combine(site, Reform.Site.Output.BuildManifest.FileName), "{}"); // a folder reform-site built (RS124)
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(CliApp).Assembly.Location, "build", "--data", RepoPaths.ShippedFixture, "--content", RepoPaths.ShippedFixtureContent, "--theme", RepoPaths.Theme,
                     "--out", site, "--search", "off", "--history", "0", "--cache-dir", temp.Combine("cache") })
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0xA00000";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(ExitCodes.InternalError, process.ExitCode);
        Assert.StartsWith("reform-site: out of memory", stderr);
        Assert.Contains("DOTNET_GCHeapHardLimit", stderr);
        Assert.Contains("メモリ", stderr);
        Assert.DoesNotContain("   at ", stderr + await stdout);
        Assert.Equal("the previous site", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Equal(["_site", "cache"], Directory.GetDirectories(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Out_of_memory_is_recognised_however_the_parallel_stages_wrap_it()
    {
        Assert.True(CliApp.IsOutOfMemory(new AggregateException(new AggregateException(new InvalidOperationException(), new OutOfMemoryException()))));
        Assert.True(CliApp.IsOutOfMemory(new InvalidOperationException("template", new OutOfMemoryException())));
        Assert.False(CliApp.IsOutOfMemory(new AggregateException(new IOException())));
    }

    [Fact]
    public void Validate_on_clean_data_exits_0()
    {
        var (exit, output, _) = Run("validate", "--data", RepoPaths.GoodData);
        Assert.Equal(0, exit);
        Assert.Contains("0 error(s)", output);
    }

    [Fact]
    public void Validate_on_broken_data_exits_1_and_explains_in_both_languages()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Path);
        var nodes = Path.Combine(temp.Path, "plans", "012131-sample-plan", "nodes.csv");
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("p1-i1,p1,2,", "p1-i1,p9,2,"));

        var (exit, output, _) = Run("validate", "--data", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("error RS302 plans/012131-sample-plan/nodes.csv:3 [B: parent_id]", output);
        Assert.Contains("ja: 列「parent_id」の「p9」が指す先（取組（nodes.csv の id））がありません。", output);
        Assert.Contains("en: \"p9\" in column parent_id refers to a node that does not exist.", output);
        Assert.DoesNotContain("   at ", output); // no stack trace
    }

    [Fact]
    public void Lang_option_limits_messages_to_one_language()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Path);
        File.Delete(Path.Combine(temp.Path, "plans", "012131-sample-plan", "plan.json"));
        var (_, output, _) = Run("validate", "--data", temp.Path, "--lang", "ja");
        Assert.Contains("ja: 必須ファイル plan.json がありません。", output);
        Assert.DoesNotContain("en: ", output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("validate", "--nope")]
    [InlineData("build", "--out")]
    [InlineData("validate", "stray")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("reform-site: ", error);
    }

    [Fact]
    public void Every_command_has_help()
    {
        foreach (var command in new[] { "validate", "build" })
        {
            var (exit, output, _) = Run(command, "--help");
            Assert.Equal(0, exit);
            Assert.Contains($"reform-site {command}", output);
        }
    }

    [Theory]
    [InlineData("json", "\"code\": \"RS302\"")]
    [InlineData("markdown", "| ❌ | RS302 | `plans/012131-sample-plan/nodes.csv` | 3 | B (parent_id) |")]
    [InlineData("github", "::error file=")]
    public void Validation_reports_for_machines(string format, string expected)
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Path);
        var nodes = Path.Combine(temp.Path, "plans", "012131-sample-plan", "nodes.csv");
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("p1-i1,p1,2,", "p1-i1,p9,2,"));
        var (exit, output, _) = Run("validate", "--data", temp.Path, "--format", format);
        Assert.Equal(1, exit);
        Assert.Contains(expected, output);
        if (format == "github") Assert.Contains("nodes.csv,line=3,title=RS302 parent_id::", output);
    }

    [Fact]
    public void Below_a_cell_with_line_breaks_annotations_point_at_the_file_line_and_the_report_at_the_spreadsheet_row()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Path);
        var nodes = Path.Combine(temp.Path, "plans", "012131-sample-plan", "nodes.csv");
        // Row 2's English title takes three lines of the file; the error is in spreadsheet row 3, on line 5.
        File.WriteAllText(nodes, File.ReadAllText(nodes)
            .Replace("p1,,1,1,財政の健全化,Sound finances,", "p1,,1,1,財政の健全化,\"Sound\nfinances\r\nfor all\",")
            .Replace("p1-i1,p1,2,", "p1-i1,p9,2,"));

        var (_, github, _) = Run("validate", "--data", temp.Path, "--format", "github");
        Assert.Contains("nodes.csv,line=5,title=RS302 parent_id::", github);
        var (_, text, _) = Run("validate", "--data", temp.Path);
        Assert.Contains("nodes.csv:3 (line 5) [B: parent_id]", text); // the row as Excel numbers it, and the line an editor shows
        var (_, json, _) = Run("validate", "--data", temp.Path, "--format", "json");
        Assert.Contains("\"row\": 3,", json);
        Assert.Contains("\"line\": 5,", json);
    }
}
