namespace Reform.Site.Cli;

/// <summary>The parsed command line: a command name, <c>--name value</c> options and flags.
/// Small by design: the commands have few options, and a usage error must be exit code 2.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public string? Command { get; private init; }

    public IReadOnlyList<string> Positional { get; private init; } = [];

    public string? Error { get; private set; }

    public static CommandLine Parse(string[] args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var line = new CommandLine { Command = args.FirstOrDefault(), Positional = positional };
        for (var i = 1; i < args.Length; i++)
        {
            var a = args[i];
            if (valueOptions.Contains(a))
            {
                if (i + 1 >= args.Length) line.Error = $"{a} needs a value";
                else line._options[a] = args[++i];
            }
            else if (flags.Contains(a)) line._options[a] = null;
            else if (a.StartsWith("--", StringComparison.Ordinal)) line.Error = $"unknown option {a}";
            else positional.Add(a);
        }
        return line;
    }

    public string Get(string option, string fallback) => _options.TryGetValue(option, out var v) && v is not null ? v : fallback;

    public bool Has(string option) => _options.ContainsKey(option);
}
