using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Reform.Site.Cli.Commands;

namespace Reform.Site.Cli;

/// <summary>Dispatches a command line to its command. Kept apart from Program so tests can run
/// the exact same entry point in-process.</summary>
internal static class CliApp
{
    /// <summary>The command tree. Built per run: <c>new</c> asks its questions on the given input.</summary>
    private static RootCommand Root(TextReader input, bool interactive)
    {
        var root = new RootCommand(HelpText.Say("reform-site — builds a bilingual open-data site from administrative reform plan data.",
            "reform-site — 行財政改革の取組データから、日本語と英語のオープンデータサイトを作ります。"))
        {
            // The name a user types, also when the tests run the app inside their own host.
            HelpName = "reform-site",
        };
        foreach (var option in root.Options)
            option.Description = option switch
            {
                HelpOption => HelpText.Say("Show help and usage information.", "ヘルプと使い方を表示します（--lang ja|en で言語を選べます）。"),
                VersionOption => HelpText.Say("Show the version.", "バージョンを表示します。"),
                _ => option.Description,
            };
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(NewCommand.Create(input, interactive));
        root.Subcommands.Add(ExcelCommands.CreateExport());
        root.Subcommands.Add(ExcelCommands.CreateImport());
        root.Subcommands.Add(ServeCommand.Create());
        // `reform-site help` has always worked; kept, but not advertised next to --help.
        var help = new Command("help") { Hidden = true };
        help.SetAction(parse =>
        {
            WriteHelp(root, parse.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        });
        root.Subcommands.Add(help);
        // Without a command there is nothing to do: say what there is, as a usage error.
        root.SetAction(parse =>
        {
            WriteHelp(root, parse.InvocationConfiguration.Output);
            return ExitCodes.UsageError;
        });
        return root;
    }

    /// <summary>A usage error found by a command itself: the message, then the command's help, on stderr.</summary>
    public static int UsageError(ParseResult parse, string message)
    {
        var error = parse.InvocationConfiguration.Error;
        error.WriteLine($"reform-site: {message}");
        WriteHelp(parse.CommandResult.Command, error);
        return ExitCodes.UsageError;
    }

    /// <summary>Writes <paramref name="command"/>'s generated help. System.CommandLine only writes
    /// help as the action of --help, so this asks for exactly that.</summary>
    private static void WriteHelp(Command command, TextWriter to)
    {
        var root = command as RootCommand ?? command.Parents.OfType<RootCommand>().First();
        string[] args = command == root ? ["--help"] : [command.Name, "--help"];
        root.Parse(args).Invoke(new InvocationConfiguration { Output = to });
    }

    /// <summary>Whether the build ran out of memory: the parallel stages report it wrapped in
    /// <see cref="AggregateException"/>s.</summary>
    public static bool IsOutOfMemory(Exception e) => e switch
    {
        OutOfMemoryException => true,
        AggregateException a => a.Flatten().InnerExceptions.Any(IsOutOfMemory),
        _ => e.InnerException is { } inner && IsOutOfMemory(inner),
    };

    public static string OutOfMemoryMessage(long availableBytes)
    {
        var gib = (availableBytes / (double)(1L << 30)).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        return $"""
            reform-site: out of memory / メモリ不足
              ja: メモリが足りずビルドを中止しました（この環境で .NET が使えるのは {gib} GiB：搭載メモリまたは DOTNET_GCHeapHardLimit）。準備中のファイルは削除しました。取組 10 万件規模のビルドには約 1.25 GiB が要ります（docs/performance.md）。→ 上限を上げるか、メモリの多いマシンで実行してください。
              en: The build ran out of memory (.NET may use {gib} GiB here: the machine's memory, or DOTNET_GCHeapHardLimit) and stopped; what it had staged is removed. A build of 100,000 initiatives needs about 1.25 GiB (docs/performance.md). → Raise the limit, or build on a machine with more memory.
            """;
    }

    public static int Run(string[] argv, TextWriter output, TextWriter error) => Run(argv, TextReader.Null, output, error, interactive: false);

    public static int Run(string[] argv, TextReader input, TextWriter output, TextWriter error, bool interactive, bool japaneseHelp = false)
    {
        // System.CommandLine's own words ("Usage:", "Options:") follow the UI culture: --lang
        // sets it for this run, so help is in one language throughout.
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        if (HelpText.Requested(argv) is bool japanese) System.Globalization.CultureInfo.CurrentUICulture = japanese ? new("ja-JP") : System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            return RunIn(argv, input, output, error, interactive, japaneseHelp);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    private static int RunIn(string[] argv, TextReader input, TextWriter output, TextWriter error, bool interactive, bool japaneseHelp)
    {
        var parse = HelpText.In(argv, japaneseHelp, () => Root(input, interactive)).Parse(argv);
        if (parse.Action is ParseErrorAction) return ReportUsageError(parse, error);
        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                // Ours below: it knows which failures are the user's environment and which are bugs.
                EnableDefaultExceptionHandler = false,
                // serve handles its own signals, to delete its scratch folder.
                ProcessTerminationTimeout = null,
            });
        }
        catch (IOException e)
        {
            // A locked or unwritable folder is the user's environment, not a bug: say what, no stack.
            error.WriteLine($"reform-site: {e.Message}");
            return ExitCodes.DataError;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"reform-site: {e.Message}");
            return ExitCodes.DataError;
        }
        catch (Exception e) when (IsOutOfMemory(e) && Environment.GetEnvironmentVariable("REFORM_SITE_DEBUG") is null)
        {
            // Not a bug to report but the machine's (or the heap limit's) size: say what a build needs.
            error.WriteLine(OutOfMemoryMessage(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes));
            return ExitCodes.InternalError;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("REFORM_SITE_DEBUG") is null)
        {
            // Input problems are diagnostics; anything else is our bug. Say so plainly, without a
            // stack trace; REFORM_SITE_DEBUG=1 shows it for whoever fixes it.
            error.WriteLine($"reform-site: internal error ({e.GetType().Name}: {e.Message}). This is a bug in reform-site, not in your data; please report it with the command you ran. Set REFORM_SITE_DEBUG=1 for details.");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>An unknown command or option, a bad value, a missing argument: what is wrong
    /// with the "reform-site: " prefix our other errors have, System.CommandLine's guess at what
    /// was meant, and the command's help, all on stderr (its own action writes the guess and the
    /// help to stdout, and the errors unprefixed), exit code 2 (its own is 1, a data error here).</summary>
    private static int ReportUsageError(ParseResult parse, TextWriter error)
    {
        foreach (var e in parse.Errors) error.WriteLine($"reform-site: {e.Message}");
        // Its guesses end with a blank line before the help; without any, so do the errors.
        if (parse.UnmatchedTokens.Count == 0) error.WriteLine();
        parse.Invoke(new InvocationConfiguration { Output = error, Error = TextWriter.Null });
        return ExitCodes.UsageError;
    }
}
