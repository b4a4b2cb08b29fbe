using Reform.Site.Localization;

namespace Reform.Site.Rendering;

/// <summary>One page to render: where it goes (a site path such as <c>ja/plans/x/p1/</c>; the
/// file is <c>index.html</c> below it, or the path itself when it ends in .html), which layout,
/// which language, the same page in the other language, and how to make the layout's view model.
/// The model is made when the page is rendered, on the rendering worker, and dropped with the
/// page: planning stays quick and a national site's views never sit in memory together.</summary>
/// <remarks><see cref="RenderLast"/> marks pages whose model needs what the build makes while
/// rendering (the downloads' file sizes, the change history): they are rendered after the others.
/// <see cref="PlanKey"/> names the plan a page shows and depends on alone (with the shared inputs);
/// null for pages that gather several plans (home, topics, all downloads).
/// <see cref="Links"/> says how the page links the site: relative to itself, or from the site's root
/// path (the 404 page, which a host serves at whatever address was asked for).</remarks>
internal sealed record PageSpec(string Path, string Layout, Language Lang, string? AlternatePath, string Title, Func<object> Model, bool RenderLast = false, string? PlanKey = null, LinkStyle Links = LinkStyle.Relative)
{
    public string OutputFile => Path.EndsWith(".html", StringComparison.Ordinal) ? Path : Path + "index.html";
}
