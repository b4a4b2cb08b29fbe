using System.CommandLine;
using Reform.Site.Localization;
using Reform.Site.Pipeline;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site validate</c>: check the data and report every problem.</summary>
internal static class ValidateCommand
{
    public sealed record Options(string DataDir, string ContentDir, Language? Lang, ReportFormat Format, bool ListCodes);

    public static Command Create()
    {
        var data = CommonOptions.Data("data");
        var content = CommonOptions.Content();
        var lang = CommonOptions.Lang();
        var format = CommonOptions.Choice<ReportFormat>("--format",
            HelpText.Say("json, markdown or github writes the report for tools, pull-request comments or GitHub annotations (default: text).",
                "json、markdown、github: ツール用、プルリクエストのコメント用、GitHub の注釈用の形式で書きます（既定: text）。"));
        var listCodes = new Option<bool>("--list-codes") { Description = HelpText.Say("Print every code with its message and fix instead.", "検査の代わりに、すべてのコードとメッセージ・直し方を表示します。") };
        var command = new Command("validate", HelpText.Say("""
            Check the data and list every problem.
            Checks every plan under DIR (default: data) and the pages under --content (default:
            content, when it exists) and lists every problem with its
            code, file, row and column, what is wrong and how to fix it.
            Exit code: 0 clean (warnings allowed), 1 data errors, 2 usage error.
            """, """
            データを検査し、問題をすべて一覧にします。
            DIR（既定: data）のすべての計画と --content（既定: content があればそれ）のページを検査し、
            問題ごとにコード、ファイル、行と列、何が問題でどう直すかを示します。
            終了コード: 0 問題なし（警告は可）、1 データのエラー、2 コマンドの誤り。
            """)) { data, content, lang, format, listCodes };
        command.SetAction(parse => Run(new Options(
            parse.GetValue(data) ?? "data",
            parse.GetValue(content) ?? BuildOptions.Defaults().ContentDir,
            parse.GetValue(lang),
            parse.GetValue(format) ?? ReportFormat.Text,
            parse.GetValue(listCodes)), parse.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(Options options, TextWriter output)
    {
        if (options.ListCodes)
        {
            CodeListPrinter.Print(output);
            return ExitCodes.Ok;
        }
        // The content pages too: everything build would refuse is reported here first.
        var (planCount, diagnostics) = InputCheck.Check(options.DataDir, options.ContentDir);
        DiagnosticFormats.Write(options.Format, diagnostics, Languages.From(options.Lang), options.DataDir, planCount, output);
        return diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error) ? ExitCodes.DataError : ExitCodes.Ok;
    }
}
