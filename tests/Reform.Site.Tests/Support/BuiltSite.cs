using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Reform.Site.Pipeline;

namespace Reform.Site.Tests.Support;

/// <summary>A site built into a temp folder from the given data, with helpers to open its pages
/// as a browser would parse them.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempDir _temp = new();

    /// <param name="adjust">Changes to the default options (a page size, search off…).</param>
    internal BuiltSite(string dataDir, string? contentDir = null, Func<BuildOptions, BuildOptions>? adjust = null)
    {
        var options = new BuildOptions(dataDir, _temp.Combine("_site"), contentDir ?? _temp.Combine("no-content"), RepoPaths.Theme, "https://example.org/site/");
        Options = adjust is null ? options : adjust(options);
        Result = SiteBuilder.Build(Options);
    }

    internal BuildOptions Options { get; }

    internal BuildResult Result { get; }

    public string Root => Options.OutputDir;

    public bool Exists(string sitePath) => File.Exists(FileOf(sitePath));

    public IDocument Page(string sitePath) => new HtmlParser().ParseDocument(File.ReadAllText(FileOf(sitePath)));

    /// <summary>Follows a relative href from a page to the site path it lands on.</summary>
    public static string Resolve(string fromSitePath, string href)
    {
        var baseUri = new Uri("http://site/" + fromSitePath);
        return new Uri(baseUri, href).AbsolutePath.TrimStart('/');
    }

    public string FileOf(string sitePath) =>
        Path.Combine(Root, sitePath.EndsWith('/') || sitePath.Length == 0 ? sitePath + "index.html" : sitePath);

    public void Dispose() => _temp.Dispose();
}
