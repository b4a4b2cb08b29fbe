namespace Reform.Site.Pipeline;

/// <summary>Where a build reads from and writes to.</summary>
/// <remarks><see cref="Search"/>: auto (index when Pagefind is installed, warn otherwise), off, or
/// required (fail without it).</remarks>
public sealed record BuildOptions(string DataDir, string OutputDir, string ContentDir, string ThemeDir, string BaseUrl, string Search = "auto")
{
    public static BuildOptions Defaults(string root = ".") => new(
        Path.Combine(root, "data"), Path.Combine(root, "_site"), Path.Combine(root, "content"), Path.Combine(root, "theme"),
        "https://example.org/reform-site/");
}
