using Reform.Site.Pipeline;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site validate</c>: check the data and report every problem.</summary>
public static class ValidateCommand
{
    public const string Help = """
        reform-site validate [--data DIR] [--content DIR] [--lang ja|en] [--format text|json|markdown|github] [--list-codes]
          Checks every plan under DIR (default: data) and the pages under --content (default:
          content, when it exists) and lists every problem with its
          code, file, row and column, what is wrong and how to fix it.
          --format json|markdown|github writes the report for tools, pull-request comments
          or GitHub annotations. --list-codes prints every code with its message and fix instead.
          Exit code: 0 clean (warnings allowed), 1 data errors, 2 usage error.
        """;

    public static int Run(CommandLine args, TextWriter output)
    {
        if (args.Has("--list-codes"))
        {
            CodeListPrinter.Print(output);
            return ExitCodes.Ok;
        }
        var format = args.Get("--format", "text");
        if (!DiagnosticFormats.Names.Contains(format))
        {
            output.WriteLine("reform-site: --format takes text, json, markdown or github");
            return ExitCodes.UsageError;
        }
        var dataDir = args.Get("--data", "data");
        // The content pages too: everything build would refuse is reported here first.
        var (planCount, diagnostics) = InputCheck.Check(dataDir, args.Get("--content", BuildOptions.Defaults().ContentDir));
        DiagnosticFormats.Write(format, diagnostics, Languages.From(args), dataDir, planCount, output);
        return diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error) ? ExitCodes.DataError : ExitCodes.Ok;
    }
}
