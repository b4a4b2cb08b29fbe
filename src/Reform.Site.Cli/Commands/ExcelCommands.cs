using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Spreadsheets;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site export-template</c> and <c>reform-site import</c>: editing a plan in Excel.</summary>
public static class ExcelCommands
{
    public const string ExportHelp = """
        reform-site export-template PLAN [--data DIR] [--out FILE.xlsx]
          Writes the plan (folder name under DIR/plans, e.g. 142140-isehara-gyozaisei-6) as an Excel
          workbook: a guide sheet explaining every column, one sheet per table with its rows, and
          drop-down lists where a column has fixed values. Default --out: PLAN.xlsx.
        """;

    public const string ImportHelp = """
        reform-site import FILE.xlsx [--data DIR] [--plan PLAN] [--lang ja|en]
          Reads a workbook made by export-template (and edited in Excel) back into the plan's CSV
          files. Everything is validated first; on any error nothing in DIR is changed.
          Rows and columns in the messages are those of the sheet with the table's name.
        """;

    public static int Export(CommandLine args, TextWriter output, TextWriter error)
    {
        if (args.Positional.Count != 1) return Usage(error, ExportHelp, "export-template needs the plan's folder name");
        var key = args.Positional[0];
        var dataDir = args.Get("--data", "data");
        var (data, diagnostics) = DataLoader.Load(dataDir);
        var plan = data.Plans.FirstOrDefault(p => p.Key == key);
        if (plan is null)
        {
            error.WriteLine($"reform-site: no plan {key} in {dataDir}/plans (or it has errors: run reform-site validate). Plans: {string.Join(", ", data.Plans.Select(p => p.Key))}");
            return ExitCodes.DataError;
        }
        var planErrors = diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error && d.Location.File.StartsWith($"plans/{key}/", StringComparison.Ordinal));
        if (planErrors > 0)
        {
            error.WriteLine($"reform-site: {key} has {planErrors} validation error(s); fix them first (reform-site validate) so the workbook holds readable data");
            return ExitCodes.DataError;
        }
        var file = args.Get("--out", key + ".xlsx");
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder) Directory.CreateDirectory(folder);
        File.WriteAllBytes(file, PlanWorkbook.Write(plan, Path.Combine(dataDir, "plans", key)));
        output.WriteLine($"wrote {file}: edit it in Excel, then run reform-site import {file}");
        return ExitCodes.Ok;
    }

    public static int Import(CommandLine args, TextWriter output, TextWriter error)
    {
        if (args.Positional.Count != 1) return Usage(error, ImportHelp, "import needs the workbook file");
        var dataDir = args.Get("--data", "data");
        var file = args.Positional[0];
        if (!File.Exists(file)) return Usage(error, ImportHelp, $"no such file: {file}");
        var fromOption = args.Has("--plan");
        var result = PlanImporter.Import(file, dataDir, fromOption ? args.Get("--plan", "") : null);
        DiagnosticPrinter.Print(result.Diagnostics, Languages.From(args), output);
        // A --plan that is not a plan folder name is a mistake on the command line, not in the data.
        if (fromOption && result.Diagnostics.Any(d => d.Code == Codes.NotAPlanKey))
        {
            error.WriteLine($"reform-site: --plan must be a plan folder name under {dataDir}/plans");
            return ExitCodes.UsageError;
        }
        if (result.Written.Count == 0)
        {
            output.WriteLine($"import refused: nothing in {dataDir} was changed. Rows and columns are those of the sheets. / 取り込みを中止しました（データは変更していません）。");
            return ExitCodes.DataError;
        }
        output.WriteLine($"imported into {dataDir}/plans/{result.PlanKey}: {string.Join(", ", result.Written)}");
        return ExitCodes.Ok;
    }

    private static int Usage(TextWriter error, string help, string message)
    {
        error.WriteLine($"reform-site: {message}");
        error.WriteLine(help);
        return ExitCodes.UsageError;
    }
}
