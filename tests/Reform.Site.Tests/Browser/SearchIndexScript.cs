namespace Reform.Site.Tests.Browser;

/// <summary>The start of a script run on a search page that asks Pagefind's JavaScript API
/// directly: the main bundle, with the bundles the page lists merged into it, as the search box
/// does (theme/layouts/search.html). It leaves the API in <c>pagefind</c>.</summary>
internal static class SearchIndexScript
{
    public const string Open = """
        const pagefind = await import(new URL('../../pagefind/pagefind.js', location.href).href);
        for (const bundle of JSON.parse(document.getElementById('search').dataset.bundles))
          await pagefind.mergeIndex(new URL(bundle, location.href).href);
        """;
}
