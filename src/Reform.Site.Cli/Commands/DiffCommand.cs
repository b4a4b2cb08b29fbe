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
        var old = new Argument<string>("OLD") { Description = "A data folder, or a git revision (HEAD~1, a tag, a commit) of the data folder --data." };
        var @new = new Argument<string>("NEW") { Description = "The same, for the version to compare OLD with." };
        var data = CommonOptions.Data("data");
        var format = CommonOptions.Choice<DiffFormat>("--format", "How the changes are written (default: text).");
        var command = new Command("diff", """
            What changed between two versions of the data.
            Lists, per plan and node, the ratings, counts, amounts, texts and structure that
            changed, were added or were removed between OLD and NEW. Each is a data folder or
            a git revision (HEAD~1, a tag, a commit) of the data folder --data (default: data).
            Exit code: 0 (whether or not anything changed), 2 usage error.
            """) { old, @new, data, format };
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
