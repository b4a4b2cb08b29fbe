namespace Reform.Site.Rendering;

/// <summary>How a page's links are written.</summary>
internal enum LinkStyle
{
    /// <summary>Relative to the page (<c>../../ja/</c>): the site works from any folder and from disk.</summary>
    Relative,

    /// <summary>From the root path of the base URL (<c>/reform/ja/</c>): for the 404 page, which
    /// GitHub Pages, Netlify and most servers send in answer to any missing address, at any depth,
    /// so links relative to its own place would point nowhere.</summary>
    RootRelative,
}
