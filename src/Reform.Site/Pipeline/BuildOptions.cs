namespace Reform.Site.Pipeline;

/// <summary>Where a build reads from and writes to.</summary>
public sealed record BuildOptions(string DataDir, string OutputDir, string ContentDir, string ThemeDir, string BaseUrl)
{
    public static BuildOptions Defaults(string root = ".") => new(
        Path.Combine(root, "data"), Path.Combine(root, "_site"), Path.Combine(root, "content"), Path.Combine(root, "theme"),
        "https://example.org/reform-site/");
}
