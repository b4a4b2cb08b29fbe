using Reform.Site.Cli;
using Reform.Site.Cli.Commands;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Cli;

/// <summary>The command line as System.CommandLine parses it: each command takes only its own
/// options, with typed values, and every mistake is a usage error (exit 2) explained on stderr.</summary>
public sealed class CommandLineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static void AssertUsageError(string[] args, params string[] inError)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == ExitCodes.UsageError, $"{string.Join(' ', args)}: exit {exit}\n{output}\n{error}");
        Assert.StartsWith("reform-site: ", error);
        foreach (var text in inError) Assert.Contains(text, error);
        Assert.Equal("", output);
        Assert.DoesNotContain("   at ", error);
    }

    [Theory]
    [InlineData("validate", "--port", "80")]          // serve's
    [InlineData("validate", "--search", "off")]       // build's
    [InlineData("build", "--list-codes")]             // validate's
    [InlineData("build", "--port", "8080")]
    [InlineData("serve", "--format", "json")]
    [InlineData("serve", "--out", "x")]
    [InlineData("diff", "a", "b", "--history", "3")]
    [InlineData("export-template", "p", "--lang", "en")]
    [InlineData("import", "x.xlsx", "--format", "json")]
    [InlineData("new", "--port", "1")]
    public void An_option_of_another_command_is_a_usage_error(params string[] args) =>
        AssertUsageError(args, args.First(a => a.StartsWith("--", StringComparison.Ordinal)));

    [Theory]
    [InlineData("validate", "--lang", "fr")]
    [InlineData("validate", "--lang", "0")]           // only a code names a language
    [InlineData("validate", "--format", "yaml")]
    [InlineData("validate", "--format", "JSON")]
    [InlineData("diff", "a", "b", "--format", "github")] // validate's format, not diff's
    [InlineData("build", "--search", "sometimes")]
    [InlineData("new", "--scale", "a-e")]
    public void A_value_not_among_the_choices_is_a_usage_error_that_lists_them(params string[] args) =>
        AssertUsageError(args, $"'{args[^1]}'");

    [Theory]
    [InlineData("build", "--history", "abc")]
    [InlineData("build", "--history", "-1")]
    [InlineData("build", "--history", "1.5")]
    [InlineData("serve", "--port", "http")]
    [InlineData("serve", "--port", "65536")]
    public void A_number_out_of_range_or_not_a_number_is_a_usage_error(params string[] args) =>
        AssertUsageError(args, $"{args[1]} takes");

    [Fact]
    public void A_misspelt_option_is_a_usage_error_with_a_suggestion()
    {
        AssertUsageError(["build", "--serach", "off"], "'--serach'", "--search");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("valdate")]
    [InlineData("--data", "data")]                    // an option before any command
    public void An_unknown_command_is_a_usage_error(params string[] args) =>
        AssertUsageError(args, $"'{args[0]}'");

    [Fact]
    public void A_misspelt_command_gets_a_suggestion() =>
        AssertUsageError(["valdate"], "validate");

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "HEAD~1")]
    [InlineData("diff", "a", "b", "c")]
    [InlineData("export-template")]
    [InlineData("import")]
    [InlineData("build", "--out")]                    // an option without its value
    public void A_missing_or_extra_argument_is_a_usage_error(params string[] args) => AssertUsageError(args);

    [Fact]
    public void A_usage_error_shows_the_commands_help_after_the_message()
    {
        var (_, _, error) = Run("diff", "a");
        Assert.Contains("reform-site diff <OLD> <NEW> [options]", error);
    }

    [Fact]
    public void Without_a_command_it_shows_the_commands_and_exits_2()
    {
        var (exit, output, _) = Run();
        Assert.Equal(ExitCodes.UsageError, exit);
        foreach (var command in new[] { "validate", "build", "diff", "new", "export-template", "import", "serve" })
            Assert.Contains($"  {command}", output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_on_the_root_exits_0(string help)
    {
        var (exit, output, _) = Run(help);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("reform-site [command] [options]", output);
        Assert.Contains("export-template", output);
    }

    public static TheoryData<string, string[]> CommandOptions => new()
    {
        { "validate", ["--data", "--content", "--lang", "--format <github|json|markdown|text>", "--list-codes"] },
        { "build", ["--data", "--out", "--content", "--theme", "--base-url", "--search <auto|off|required>", "--history <N>", "--cache-dir", "--lang <en|ja>", "--quiet"] },
        { "diff", ["<OLD>", "<NEW>", "--data", "--format <json|markdown|text>"] },
        { "new", ["--data", .. NewCommand.Options, "--scale <a-d|none|score|symbol3>", "全国地方公共団体コード"] },
        { "export-template", ["<PLAN>", "--data", "--out"] },
        { "import", ["<FILE.xlsx>", "--data", "--plan", "--lang"] },
        { "serve", ["--data", "--content", "--theme", "--port <N>", "[default: 8080]"] },
    };

    [Theory]
    [MemberData(nameof(CommandOptions))]
    public void Every_command_has_help_that_lists_its_options(string command, string[] options)
    {
        var (exit, output, error) = Run(command, "--help");
        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains($"reform-site {command}", output);
        foreach (var option in options) Assert.Contains(option, output);
        // Only its own: --port is serve's alone, --format is not build's.
        if (command != "serve") Assert.DoesNotContain("--port", output);
        if (command == "build") Assert.DoesNotContain("--format", output);
    }

    [Fact]
    public void Help_wins_over_mistakes_on_the_same_line()
    {
        var (exit, output, _) = Run("validate", "--port", "80", "--help");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("reform-site validate", output);
    }

    [Fact]
    public void New_without_a_terminal_names_the_first_missing_answer()
    {
        using var temp = new TempDir();
        AssertUsageError(["new", "--data", temp.Path, "--code", "131016"], "new needs --plan-id", "reform-site new [options]");
        Assert.False(Directory.Exists(temp.Combine("plans")));
    }

    [Fact]
    public void Import_of_a_file_that_is_not_there_is_a_usage_error() =>
        AssertUsageError(["import", "no-such-workbook.xlsx"], "no such file: no-such-workbook.xlsx");

    /// <summary>System.CommandLine's own exception handler is off: CliApp's says what failed
    /// (exit 1 for the user's environment) instead of printing a stack trace.</summary>
    [Fact]
    public void A_failing_command_is_reported_by_reform_site_not_by_the_parser()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.Combine("file"), "");
        var (exit, _, error) = Run("export-template", "012131-sample-plan", "--data", RepoPaths.GoodData, "--out", temp.Combine("file", "plan.xlsx"));
        Assert.Equal(ExitCodes.DataError, exit);
        Assert.StartsWith("reform-site: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void The_shell_completion_directive_offers_each_commands_options_and_values()
    {
        Assert.Contains("--search", Run("[suggest:23]", "reform-site build --sea").Out);
        Assert.Equal(["auto", "off", "required"], Run("[suggest:27]", "reform-site build --search ").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.DoesNotContain("--port", Run("[suggest:22]", "reform-site validate --").Out);
    }
}
