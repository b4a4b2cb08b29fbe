using System.CommandLine;
using Reform.Site.Diagnostics;
using Reform.Site.Localization;
using Reform.Site.Pipeline;
using Reform.Site.Spreadsheets;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site export-template</c> and <c>reform-site import</c>: editing a plan in Excel.</summary>
internal static class ExcelCommands
{
    public sealed record ExportOptions(string Plan, string DataDir, string? File);

    public sealed record ImportOptions(string File, string DataDir, string? Plan, Language? Lang);

    public static Command CreateExport()
    {
        var plan = new Argument<string>("PLAN") { Description = HelpText.Say("The plan's folder name under DIR/plans, e.g. 142140-isehara-gyozaisei-6.", "DIR/plans の中の計画フォルダ名（例: 142140-isehara-gyozaisei-6）。") };
        var data = CommonOptions.Data("data");
        var file = new Option<string?>("--out") { Description = HelpText.Say("The workbook to write (default: PLAN.xlsx).", "書き出すブック（既定: PLAN.xlsx）。"), HelpName = "FILE.xlsx" };
        var command = new Command("export-template", HelpText.Say("""
            A plan as an Excel workbook to edit.
            Writes the plan (folder name under DIR/plans, e.g. 142140-isehara-gyozaisei-6) as an Excel
            workbook: a guide sheet explaining every column, one sheet per table with its rows, and
            drop-down lists where a column has fixed values.
            """, """
            計画を編集用の Excel ブックに書き出します。
            計画（DIR/plans の中のフォルダ名、例: 142140-isehara-gyozaisei-6）を Excel ブックにします。
            各列を説明する guide シート、表ごとに 1 シート、決まった値の列にはドロップダウンリスト付き。
            """)) { plan, data, file };
        command.SetAction(parse => Export(new ExportOptions(parse.GetRequiredValue(plan), parse.GetValue(data) ?? "data", parse.GetValue(file)),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static Command CreateImport()
    {
        var file = new Argument<string>("FILE.xlsx") { Description = HelpText.Say("A workbook made by export-template.", "export-template で書き出したブック。") };
        var data = CommonOptions.Data("data");
        var plan = new Option<string?>("--plan") { Description = HelpText.Say("The plan folder to import into (default: the plan named on the workbook's guide sheet).", "取り込む先の計画フォルダ（既定: ブックの guide シートにある計画）。"), HelpName = "PLAN" };
        var lang = CommonOptions.Lang();
        var command = new Command("import", HelpText.Say("""
            An edited workbook back into the plan's CSV files.
            Reads a workbook made by export-template (and edited in Excel) back into the plan's CSV
            files. Everything is validated first; on any error nothing in DIR is changed.
            Messages name the sheet and cell (sheet effects, cell E60).
            """, """
            編集したブックを計画の CSV ファイルに取り込みます。
            export-template で書き出して Excel で編集したブックを、計画の CSV ファイルに戻します。
            先にすべてを検査し、エラーが一つでもあれば DIR は何も変更しません。
            メッセージはシートとセルで場所を示します（「effects シート E60」）。
            """)) { file, data, plan, lang };
        command.SetAction(parse =>
        {
            var options = new ImportOptions(parse.GetRequiredValue(file), parse.GetValue(data) ?? "data", parse.GetValue(plan), parse.GetValue(lang));
            if (!File.Exists(options.File)) return CliApp.UsageError(parse, $"no such file: {options.File}");
            return Import(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Export(ExportOptions options, TextWriter output, TextWriter error)
    {
        var key = options.Plan;
        var dataDir = options.DataDir;
        var (data, diagnostics) = DataLoader.Load(dataDir);
        var plan = data.Plans.FirstOrDefault(p => p.Key == key);
        if (plan is null)
        {
            error.WriteLine($"reform-site: no plan {key} in {dataDir}/plans (or it has errors: run reform-site validate). Plans: {string.Join(", ", data.Plans.Select(p => p.Key))}");
            error.WriteLine($"  {dataDir}/plans に計画 {key} がありません（またはエラーがあります: reform-site validate で確認してください）。");
            return ExitCodes.DataError;
        }
        var planErrors = diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error && d.Location.File.StartsWith($"plans/{key}/", StringComparison.Ordinal));
        if (planErrors > 0)
        {
            error.WriteLine($"reform-site: {key} has {planErrors} validation error(s); fix them first (reform-site validate) so the workbook holds readable data");
            error.WriteLine($"  {key} に検証エラーが {planErrors} 件あります。先に reform-site validate で確認して直してください。");
            return ExitCodes.DataError;
        }
        var file = options.File ?? key + ".xlsx";
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder) Directory.CreateDirectory(folder);
        File.WriteAllBytes(file, PlanWorkbook.Write(plan, Path.Combine(dataDir, "plans", key)));
        output.WriteLine($"wrote {file}: edit it in Excel, then run reform-site import {file}");
        output.WriteLine($"{file} を書き出しました。Excel で編集して保存したら reform-site import {file} を実行してください。");
        return ExitCodes.Ok;
    }

    public static int Import(ImportOptions options, TextWriter output, TextWriter error)
    {
        var dataDir = options.DataDir;
        var result = PlanImporter.Import(options.File, dataDir, options.Plan);
        DiagnosticPrinter.Print(result.Diagnostics, Languages.From(options.Lang), output);
        // A --plan that is not a plan folder name is a mistake on the command line, not in the data.
        if (options.Plan is not null && result.Diagnostics.Any(d => d.Code == Codes.NotAPlanKey))
        {
            error.WriteLine($"reform-site: --plan must be a plan folder name under {dataDir}/plans / --plan には {dataDir}/plans の中の計画フォルダ名を指定してください");
            return ExitCodes.UsageError;
        }
        if (result.Written.Count == 0)
        {
            output.WriteLine($"import refused: nothing in {dataDir} was changed. Fix the cells named above in the workbook and import it again.");
            output.WriteLine($"取り込みを中止しました。{dataDir} は何も変更していません。上に示したシートとセルをブックで直してから、もう一度取り込んでください。");
            return ExitCodes.DataError;
        }
        output.WriteLine($"imported into {dataDir}/plans/{result.PlanKey}: {string.Join(", ", result.Written)}");
        output.WriteLine($"{dataDir}/plans/{result.PlanKey} に取り込みました: {string.Join("、", result.Written)}");
        return ExitCodes.Ok;
    }
}
