namespace Reform.Site.Cli;

public enum Language { Ja, En }

/// <summary>Which languages console messages are shown in: both unless --lang says one.</summary>
public static class Languages
{
    public static IReadOnlyList<string> From(Language? lang) => lang switch
    {
        Language.Ja => ["ja"],
        Language.En => ["en"],
        _ => ["ja", "en"],
    };
}
