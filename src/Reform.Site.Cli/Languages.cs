namespace Reform.Site.Cli;

/// <summary>Which languages console messages are shown in: both unless --lang says one.</summary>
public static class Languages
{
    public static IReadOnlyList<string> From(CommandLine args) => args.Get("--lang", "") switch
    {
        "ja" => ["ja"],
        "en" => ["en"],
        _ => ["ja", "en"],
    };
}
