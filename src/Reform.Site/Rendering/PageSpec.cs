namespace Reform.Site.Rendering;

/// <summary>One page to render: where it goes (a site path such as <c>ja/plans/x/p1/</c>; the
/// file is <c>index.html</c> below it, or the path itself when it ends in .html), which layout,
/// which language, the same page in the other language, and the layout's view model.</summary>
public sealed record PageSpec(string Path, string Layout, string Lang, string? AlternatePath, string Title, object Model)
{
    public string OutputFile => Path.EndsWith(".html", StringComparison.Ordinal) ? Path : Path + "index.html";
}
