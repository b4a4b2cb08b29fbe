namespace Reform.Site.Pipeline;

/// <summary>How long one stage of a build took (<see cref="BuildStages"/> names them).</summary>
internal sealed record StageTiming(string Name, TimeSpan Elapsed);

/// <summary>The stages of a build, in the order they run (<see cref="BuildSession"/>).
/// <see cref="Datasets"/> and <see cref="History"/> run alongside <see cref="Render"/>: their time
/// is part of its time, not added to it.</summary>
internal static class BuildStages
{
    /// <summary>The output folder checked, the inputs hashed; ends the build when they are those
    /// of the last build.</summary>
    public const string Fingerprint = "fingerprint";

    /// <summary>The data loaded and validated, the content and the theme read.</summary>
    public const string Load = "load";

    /// <summary>The staging folder opened, the plans kept from the last build found, the pages
    /// planned (a lazy list: made again on each pass).</summary>
    public const string Plan = "plan";

    /// <summary>The pages rendered and staged in two passes, then the site-wide files (assets,
    /// catalog, feeds, sitemap).</summary>
    public const string Render = "render";

    /// <summary>The downloads, made alongside <see cref="Render"/>.</summary>
    public const string Datasets = "datasets";

    /// <summary>The change history read from git, alongside <see cref="Render"/>.</summary>
    public const string History = "history";

    /// <summary>The staged site moved into the output folder.</summary>
    public const string Commit = "commit";

    /// <summary>The Pagefind search index, when the pages changed or it is missing.</summary>
    public const string Index = "index";
}
