namespace Reform.Site.Pipeline;

/// <summary>Where a build reads from and writes to.</summary>
/// <remarks><see cref="Search"/>: whether to make the search index (<see cref="SearchMode"/>).
/// <see cref="History"/>: how many of the data folder's latest git commits the change pages show
/// (0: none, the library default; the command line shows 10).
/// <see cref="CacheDir"/>: where work that outlives a build is kept (the change history's
/// comparisons); null keeps nothing (the library default; the command line uses the user's cache folder).
/// <see cref="TopicPageSize"/>: how many cities a topic page lists before the next page.
/// <see cref="SearchBundlePages"/>: about how many node pages of one language a bundle of the
/// split search index holds (<see cref="Reform.Site.Search.SearchBundles"/>).</remarks>
internal sealed record BuildOptions(string DataDir, string OutputDir, string ContentDir, string ThemeDir, string BaseUrl, SearchMode Search = SearchMode.Auto, int History = 0, string? CacheDir = null)
{
    public int TopicPageSize { get; init; } = Rendering.Building.TopicPagesBuilder.DefaultPageSize;

    public int SearchBundlePages { get; init; } = Reform.Site.Search.SearchBundles.DefaultTargetPages;

    /// <summary>data/, _site/, content/ and theme/ in the working folder; without a theme/ there,
    /// the theme installed next to the program (as in the .NET tool package).</summary>
    public static BuildOptions Defaults(string root = ".") => new(
        Path.Combine(root, "data"), Path.Combine(root, "_site"), Path.Combine(root, "content"),
        Directory.Exists(Path.Combine(root, "theme")) ? Path.Combine(root, "theme") : Path.Combine(AppContext.BaseDirectory, "theme"),
        "https://example.org/reform-site/");
}
