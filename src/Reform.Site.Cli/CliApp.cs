using Reform.Site.Cli.Commands;

namespace Reform.Site.Cli;

/// <summary>Dispatches a command line to its command. Kept apart from Program so tests can run
/// the exact same entry point in-process.</summary>
public static class CliApp
{
    private static readonly HashSet<string> ValueOptions =
        ["--data", "--out", "--lang", "--base-url", "--content", "--theme", "--search", "--format", "--history", "--cache-dir", "--plan", "--port", .. NewCommand.Options];
    private static readonly HashSet<string> Flags = ["--help", "-h", "--quiet", "--verbose", "--list-codes"];

    public const string Usage = """
        reform-site — builds a bilingual open-data site from administrative reform plan data.

        Commands:
          validate   check the data and list every problem
          build      validate, then write the site
          diff       what changed between two versions of the data
          new        scaffold a new plan folder
          export-template  a plan as an Excel workbook to edit
          import     an edited workbook back into the plan's CSV files
          serve      a live local preview that rebuilds on save

        """;

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

    public static int Run(string[] argv, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        var args = CommandLine.Parse(argv, ValueOptions, Flags);
        var help = args.Command switch
        {
            "validate" => ValidateCommand.Help,
            "build" => BuildCommand.Help,
            "diff" => DiffCommand.Help,
            "new" => NewCommand.Help,
            "export-template" => ExcelCommands.ExportHelp,
            "import" => ExcelCommands.ImportHelp,
            "serve" => ServeCommand.Help,
            _ => null,
        };
        if (args.Command is null or "--help" or "-h" or "help")
        {
            output.WriteLine(Usage + ValidateCommand.Help + "\n" + BuildCommand.Help + "\n" + DiffCommand.Help + "\n" + NewCommand.Help + "\n" + ExcelCommands.ExportHelp + "\n" + ExcelCommands.ImportHelp + "\n" + ServeCommand.Help);
            return args.Command is null ? ExitCodes.UsageError : ExitCodes.Ok;
        }
        if (help is null || args.Error is not null || (args.Positional.Count > 0 && args.Command is not ("diff" or "export-template" or "import")))
        {
            error.WriteLine($"reform-site: {args.Error ?? (help is null ? $"unknown command '{args.Command}'" : $"unexpected argument '{args.Positional[0]}'")}");
            error.WriteLine(help ?? Usage);
            return ExitCodes.UsageError;
        }
        if (args.Has("--help") || args.Has("-h"))
        {
            output.WriteLine(help);
            return ExitCodes.Ok;
        }
        try
        {
            return args.Command switch
            {
                "validate" => ValidateCommand.Run(args, output),
                "diff" => DiffCommand.Run(args, output, error),
                "new" => NewCommand.Run(args, input, output, error, interactive),
                "export-template" => ExcelCommands.Export(args, output, error),
                "import" => ExcelCommands.Import(args, output, error),
                "serve" => ServeCommand.Run(args, output),
                _ => BuildCommand.Run(args, output),
            };
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
}
