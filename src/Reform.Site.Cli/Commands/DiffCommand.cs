using System.CommandLine;
using System.Text.Json;
using Reform.Site.Changes;
using Reform.Site.Pipeline;

namespace Reform.Site.Cli.Commands;

internal enum DiffFormat { Text, Markdown, Json }

/// <summary><c>reform-site diff OLD NEW</c>: what changed between two publications.</summary>
internal static class DiffCommand
{
    public sealed record Options(string Old, string New, string DataDir, DiffFormat Format);

    private static readonly JsonSerializerOptions JsonOutput = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static Command Create()
    {
        var old = new Argument<string>("OLD") { Description = HelpText.Say("A data folder, or a git revision (HEAD~1, a tag, a commit) of the data folder --data.", "データフォルダ、または --data のフォルダの git の版（HEAD~1、タグ、コミット）。") };
        var @new = new Argument<string>("NEW") { Description = HelpText.Say("The same, for the version to compare OLD with.", "OLD と比べる版（指定の仕方は OLD と同じ）。") };
        var data = CommonOptions.Data("data");
        var format = CommonOptions.Choice<DiffFormat>("--format", HelpText.Say("How the changes are written (default: text).", "変更の書き方（既定: text）。"));
        var command = new Command("diff", HelpText.Say("""
            What changed between two versions of the data.
            Lists, per plan and node, the ratings, counts, amounts, texts and structure that
            changed, were added or were removed between OLD and NEW. Each is a data folder or
            a git revision (HEAD~1, a tag, a commit) of the data folder --data (default: data).
            Exit code: 0 (whether or not anything changed), 2 usage error.
            """, """
            データの二つの版の間で変わったことを示します。
            OLD と NEW の間で変更・追加・削除された評価、件数、金額、文章、構成、plan.json の一覧を
            計画と取組ごとに示します。OLD と NEW はデータフォルダか、--data（既定: data）のフォルダの
            git の版（HEAD~1、タグ、コミット）です。
            終了コード: 0（変更の有無によらない）、2 コマンドの誤り。
            """)) { old, @new, data, format };
        command.SetAction(parse => Run(new Options(
            parse.GetRequiredValue(old),
            parse.GetRequiredValue(@new),
            parse.GetValue(data) ?? "data",
            parse.GetValue(format) ?? DiffFormat.Text), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        string[] specs = [options.Old, options.New];
        var sides = specs.Select(spec => DataVersion.Load(spec, options.DataDir, DataLoader.Reader)).ToList();
        foreach (var (spec, side) in specs.Zip(sides))
        {
            if (side.Problem is not null)
            {
                error.WriteLine($"reform-site: {side.Problem}");
                return ExitCodes.UsageError;
            }
            var errors = side.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
            if (errors > 0) error.WriteLine($"reform-site: note: {spec} has {errors} validation error(s); rows with errors are left out of the comparison");
        }
        var changes = DataDiff.Compare(sides[0].Data!, sides[1].Data!);
        switch (options.Format)
        {
            case DiffFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(changes, JsonOutput));
                break;
            case DiffFormat.Markdown:
                DiffPrinter.Markdown(changes, output);
                break;
            default:
                DiffPrinter.Text(changes, output);
                break;
        }
        return ExitCodes.Ok;
    }
}
