using Reform.Site.Pipeline;
using System.Text.Json;
using Reform.Site.Changes;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site diff OLD NEW</c>: what changed between two publications.</summary>
public static class DiffCommand
{
    public const string Help = """
        reform-site diff OLD NEW [--data DIR] [--format text|markdown|json]
          Lists, per plan and node, the ratings, counts, amounts, texts and structure that
          changed, were added or were removed between OLD and NEW. Each is a data folder or
          a git revision (HEAD~1, a tag, a commit) of the data folder --data (default: data).
          Exit code: 0 (whether or not anything changed), 2 usage error.
        """;

    public static int Run(CommandLine args, TextWriter output, TextWriter error)
    {
        if (args.Positional.Count != 2)
        {
            error.WriteLine("reform-site: diff needs OLD and NEW");
            error.WriteLine(Help);
            return ExitCodes.UsageError;
        }
        var dataDir = args.Get("--data", "data");
        var sides = args.Positional.Select(spec => DataVersion.Load(spec, dataDir, DataLoader.Reader)).ToList();
        foreach (var (spec, side) in args.Positional.Zip(sides))
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
        switch (args.Get("--format", "text"))
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(changes, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } }));
                break;
            case "markdown":
                DiffPrinter.Markdown(changes, output);
                break;
            default:
                DiffPrinter.Text(changes, output);
                break;
        }
        return ExitCodes.Ok;
    }
}
