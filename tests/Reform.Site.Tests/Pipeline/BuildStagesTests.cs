using Reform.Site.Cli;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Pipeline;

/// <summary>A build runs as named stages: the result says which ran, how long each took, and
/// which one stopped a failed build.</summary>
public sealed class BuildStagesTests
{
    private static BuildOptions Options(TempDir temp, string? theme = null) =>
        new(RepoPaths.GoodData, temp.Combine("_site"), temp.Combine("content"), theme ?? RepoPaths.Theme, "https://example.org/", SearchMode.Off);

    private static IEnumerable<string> Names(BuildResult result) => result.Stages.Select(s => s.Name);

    [Fact]
    public void A_build_times_every_stage_that_ran_in_order()
    {
        using var temp = new TempDir();
        var result = SiteBuilder.Build(Options(temp));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Search off: no index stage. No history asked for: no history timing.
        Assert.Equal([BuildStages.Fingerprint, BuildStages.Load, BuildStages.Plan, BuildStages.Render, BuildStages.Datasets, BuildStages.Commit], Names(result));
        Assert.All(result.Stages, s => Assert.True(s.Elapsed > TimeSpan.Zero, s.Name));
        Assert.Null(result.FailedStage);
    }

    [Fact]
    public void The_progress_log_says_when_each_part_of_the_downloads_is_done_in_the_order_they_depend_on()
    {
        using var temp = new TempDir();
        var messages = new List<string>();
        Assert.True(SiteBuilder.Build(Options(temp), messages.Add).Succeeded);

        int At(string part) => messages.FindIndex(m => m.StartsWith($"downloads: {part}", StringComparison.Ordinal)) is var i && i >= 0 ? i : throw new Xunit.Sdk.XunitException($"no \"downloads: {part}\" in:\n{string.Join("\n", messages)}");
        Assert.True(At("each plan's files (") < At("the topics' tables"));
        // The all-plans files are made from the plans' (alongside the topics' tables, which they do not need).
        foreach (var file in new[] { "all-flat-ja.csv", "all-flat-en.csv", "all.json", "all.xlsx" })
            Assert.InRange(At(file), At("each plan's files (") + 1, At("the ZIP of everything") - 1);
        Assert.True(At("the topics' tables") < At("the ZIP of everything"));
        Assert.True(At("the ZIP of everything") < At("the data package's copies of the tables"));
        Assert.True(At("the SQLite database") < messages.FindIndex(m => m.StartsWith("downloads made", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_up_to_date_build_runs_only_the_fingerprint_stage()
    {
        using var temp = new TempDir();
        var options = Options(temp);
        Assert.True(SiteBuilder.Build(options).Succeeded);

        var again = SiteBuilder.Build(options);
        Assert.True(again.Succeeded);
        Assert.True(again.UpToDate);
        Assert.Equal([BuildStages.Fingerprint], Names(again));
        Assert.Equal(Directory.GetFiles(options.OutputDir, "*", SearchOption.AllDirectories).Length - 1, again.FileCount); // all but the manifest
    }

    [Fact]
    public void An_error_in_the_content_fails_the_load_stage_and_nothing_after_it_runs()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp.Combine("content", "ja"));
        File.WriteAllText(temp.Combine("content", "ja", "about.md"), "no front matter here\n");
        var result = SiteBuilder.Build(Options(temp));

        Assert.False(result.Succeeded);
        Assert.Equal(BuildStages.Load, result.FailedStage);
        Assert.Equal([BuildStages.Fingerprint, BuildStages.Load], Names(result));
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.InvalidFrontMatter && d.Location.File == "content/ja/about.md");
        Assert.Equal(1, result.PlanCount); // the data loaded
        Assert.False(Directory.Exists(temp.Combine("_site")));
    }

    [Fact]
    public void An_output_folder_over_the_inputs_fails_the_fingerprint_stage()
    {
        using var temp = new TempDir();
        var result = SiteBuilder.Build(Options(temp) with { OutputDir = RepoPaths.GoodData });

        Assert.False(result.Succeeded);
        Assert.Equal(BuildStages.Fingerprint, result.FailedStage);
        Assert.Equal([BuildStages.Fingerprint], Names(result));
        Assert.Equal(Codes.OutputOverlapsInput, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_template_error_fails_the_render_stage_after_the_downloads_ended()
    {
        using var temp = new TempDir();
        var theme = temp.Combine("theme");
        TempDir.CopyTree(RepoPaths.Theme, theme);
        File.AppendAllText(Path.Combine(theme, "layouts", "node.html"), "{{ model.no_such_field }}\n");
        var result = SiteBuilder.Build(Options(temp, theme));

        Assert.False(result.Succeeded);
        Assert.Equal(BuildStages.Render, result.FailedStage);
        // The downloads write into the staging folder: they have ended before the build returns.
        Assert.Equal([BuildStages.Fingerprint, BuildStages.Load, BuildStages.Plan, BuildStages.Render, BuildStages.Datasets], Names(result));
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.TemplateRenderError && d.Location.File == "theme/layouts/node.html");
        Assert.True(result.PageCount > 0);
        Assert.False(Directory.Exists(temp.Combine("_site")));
    }

    [Theory]
    [InlineData(nameof(SearchMode.Auto), "auto")]
    [InlineData(nameof(SearchMode.Off), "off")]
    [InlineData(nameof(SearchMode.Required), "required")]
    public void A_search_mode_is_named_as_the_command_line_and_the_fingerprint_spell_it(string member, string name)
    {
        var mode = Enum.Parse<SearchMode>(member);
        Assert.Equal(name, mode.Name());
        Assert.Equal(mode, SearchModes.Parse(name));
        Assert.Null(SearchModes.Parse(name.ToUpperInvariant()));
    }

    [Fact]
    public void The_command_line_refuses_an_unknown_search_mode_and_prints_stage_timings_when_verbose()
    {
        using var temp = new TempDir();
        var writer = new StringWriter();
        string[] Build(string output, params string[] more) =>
            ["build", "--data", RepoPaths.GoodData, "--content", temp.Combine("content"), "--out", temp.Combine(output), "--history", "0", "--quiet", .. more];
        Assert.Equal(ExitCodes.UsageError, CliApp.Run(Build("_site", "--search", "1"), writer, writer));
        Assert.Contains("'1'", writer.ToString(), StringComparison.Ordinal); // System.CommandLine's wording follows the system's language

        writer = new StringWriter();
        Assert.Equal(ExitCodes.Ok, CliApp.Run(Build("_site", "--search", "off"), writer, writer));
        Assert.DoesNotContain("fingerprint", writer.ToString(), StringComparison.Ordinal);

        writer = new StringWriter();
        Assert.Equal(ExitCodes.Ok, CliApp.Run(Build("_site2", "--search", "off", "--verbose"), writer, writer));
        var lines = writer.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("  fingerprint", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  render", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  datasets", StringComparison.Ordinal) && l.Contains("(alongside render)", StringComparison.Ordinal));
    }
}
