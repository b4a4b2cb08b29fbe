namespace Reform.Site.Cli;

internal enum Language { Ja, En }

/// <summary>Which languages console messages are shown in: both unless --lang says one.</summary>
internal static class Languages
{
    public static IReadOnlyList<string> From(Language? lang) => lang switch
    {
        Language.Ja => ["ja"],
        Language.En => ["en"],
        _ => ["ja", "en"],
    };
}
