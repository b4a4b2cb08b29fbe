using Reform.Site.Model;
using Reform.Site.Rendering;

namespace Reform.Site.Search;

/// <summary>Feeds the search index while the site renders: each page a reader searches for (the
/// node, plan and content pages, whose main content the theme marks <c>data-pagefind-body</c>) goes
/// to the Pagefind service as soon as it is rendered, from the rendering worker that made it, so the
/// index is built alongside the pages on the core the rendering leaves idle, and no page is read
/// back from disk. The pages of a plan kept from the last build are read from the output instead.
/// After the commit, <see cref="Write"/> writes the index (one per language).</summary>
/// <remarks>Pagefind's index depends on the order the pages arrive in (the same pages added in
/// reverse give other bytes), so pages are sent in the page plan's order, whatever the order the
/// workers finish them in: each comes with its place in the plan, and one that finishes early
/// waits (a few pages at most: one per worker) until those before it have been sent.</remarks>
internal sealed class SearchFeed : IDisposable
{
    private readonly PagefindService _service;
    private readonly string _outputDir;
    private readonly object _gate = new();
    private readonly SortedDictionary<long, (string Url, string Html)?> _early = [];
    private long _next;
    private int _pages;

    private SearchFeed(PagefindService service, string outputDir)
    {
        _service = service;
        _outputDir = outputDir;
    }

    public const string OutputFolder = SitePaths.SearchIndexFolder;

    /// <summary>Starts the Pagefind service.</summary>
    public static SearchFeed Start(string pagefindBinary, string outputDir) => new(PagefindService.Start(pagefindBinary), outputDir);

    /// <summary>Whether pages of this layout are searched for: the others (lists, topics,
    /// departments, downloads, changes, search) carry no <c>data-pagefind-body</c> and Pagefind
    /// would skip them; they are not sent at all.</summary>
    public static bool Indexes(string layout) => layout is "node" or "plan" or "content";

    /// <summary>How many pages were sent.</summary>
    public int Pages => _pages;

    /// <summary>The page at <paramref name="place"/> in this pass of the page plan, rendered
    /// (<paramref name="html"/>) or kept from the last build (null: its bytes are read from the output).</summary>
    public void Page(long place, PageSpec page, string? html)
    {
        (string Url, string Html)? entry = Indexes(page.Layout)
            ? (UrlOf(page), html ?? File.ReadAllText(Path.Combine(_outputDir, page.OutputFile)))
            : null;
        lock (_gate)
        {
            _early[place] = entry;
            while (_early.Remove(_next, out var ready))
            {
                _next++;
                if (ready is not { } send) continue;
                _pages++;
                _service.AddPage(send.Url, send.Html);
            }
        }
    }

    /// <summary>The next pass over the page plan starts at place 0 again.</summary>
    public void NextPass()
    {
        lock (_gate)
        {
            if (_early.Count > 0) throw new InvalidOperationException($"{_early.Count} page(s) of the last pass were never sent to the search index");
            _next = 0;
        }
    }

    /// <summary>Writes the index into a new folder. Null on success, otherwise Pagefind's explanation.</summary>
    public string? Write(string folder) => _service.WriteFiles(folder);

    /// <summary>The URL Pagefind gives as the result: the page's folder from the site's root, as
    /// the crawl of the output computed it (<c>index.html</c> left off).</summary>
    public static string UrlOf(PageSpec page) => "/" + (page.Path.EndsWith("/index.html", StringComparison.Ordinal) ? page.Path[..^"index.html".Length] : page.Path);

    public void Dispose() => _service.Dispose();
}
