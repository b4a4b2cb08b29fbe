namespace Reform.Site.Pipeline;

/// <summary>Whether a build makes the Pagefind search index: <see cref="Auto"/> when Pagefind is
/// installed (warning otherwise, RS602), <see cref="Off"/> never, <see cref="Required"/> or fail
/// (RS117).</summary>
internal enum SearchMode
{
    Auto,
    Off,
    Required,
}

internal static class SearchModes
{
    /// <summary>The mode as the command line spells it (auto, off, required); also what the input
    /// fingerprint records, so renaming a member must not change it.</summary>
    public static string Name(this SearchMode mode) => mode switch
    {
        SearchMode.Auto => "auto",
        SearchMode.Off => "off",
        SearchMode.Required => "required",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>The mode a command line names, exactly as <see cref="Name"/> writes it; null for
    /// anything else.</summary>
    public static SearchMode? Parse(string name) => name switch
    {
        "auto" => SearchMode.Auto,
        "off" => SearchMode.Off,
        "required" => SearchMode.Required,
        _ => null,
    };
}
