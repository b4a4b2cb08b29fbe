using System.Text;
using Reform.Site.Model;
using Reform.Site.Rendering;

namespace Reform.Site.Search;

/// <summary>Feeds the search index while the site renders: each page a reader searches for (the
/// node, plan and content pages, whose main content the theme marks <c>data-pagefind-body</c>) goes
/// to Pagefind as soon as it is rendered, from the rendering worker that made it, so the index is
/// built alongside the pages and no page is read back from disk (the pages of a plan kept from the
/// last build are read from the output instead). The index is split (<see cref="SearchBundles"/>):
/// the main bundle (content pages and plan overviews) is written after the commit by
/// <see cref="Write"/>; each bundle of node pages is written, by its own Pagefind process, as
/// soon as its last page has been sent, and a bundle whose plans did not change since the last
/// build is not made at all (its pages are not even read).</summary>
/// <remarks>
/// <para>Pagefind's index depends on the order the pages arrive in (the same pages added in
/// reverse give other bytes), so pages are sent in the page plan's order, whatever the order the
/// workers finish them in: each comes with its place in the plan, and one that finishes early
/// waits (a few pages at most: one per worker) until those before it have been sent. The plan
/// lists a language's plans one after the other, so a bundle's pages arrive together, and its
/// process can end before the next bundle's pages are all sent.</para>
/// <para>At most <c>processes</c> bundle processes live at once (one fed, the others writing),
/// besides the main bundle's: that bounds the index's memory whatever the site's size. When
/// they are all busy, the page that would start the next bundle waits, and the rendering with it.</para>
/// <para>Only the page's <c>main</c> element is sent (with its language), without what the theme
/// marks <c>data-pagefind-ignore</c>: Pagefind indexes nothing else, and parsing the rest of every
/// page only to skip it was most of its time (<see cref="MainOf"/>).</para>
/// </remarks>
internal sealed class SearchFeed : IDisposable
{
    private readonly string _binary;
    private readonly string _outputDir;
    private readonly string _folder;
    private readonly SearchBundles _bundles;
    private readonly IReadOnlySet<string> _kept;
    private readonly PagefindService _main;
    private readonly SemaphoreSlim _slots;
    private readonly object _gate = new();
    private readonly SortedDictionary<long, (SearchBundle? Bundle, string Url, string Html)?> _early = [];
    private readonly HashSet<SearchBundle> _started = [];
    private readonly List<Task<string?>> _writing = [];
    private (SearchBundle Bundle, PagefindService Service)? _current;
    private long _next;
    private int _pages;
    private string? _failure;

    private SearchFeed(string binary, string outputDir, SearchBundles bundles, IReadOnlySet<string> kept, int processes)
    {
        _binary = binary;
        _outputDir = outputDir;
        _bundles = bundles;
        _kept = kept;
        _slots = new SemaphoreSlim(Math.Max(1, processes));
        _folder = Infrastructure.ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-pagefind-");
        Directory.CreateDirectory(_folder);
        try
        {
            // The site always has plan overviews: a binary that cannot run fails now, not mid-render.
            // The main bundle's service is fed a few pages all through the render: on the last
            // processor, where the bundles' services take the processors in turn from the first.
            _main = PagefindService.Start(binary, cpu: PagefindService.ProcessorFor(-1));
        }
        catch
        {
            Directory.Delete(_folder, true);
            throw;
        }
    }

    public const string OutputFolder = SitePaths.SearchIndexFolder;

    private const string EntryFile = "pagefind-entry.json";

    /// <summary>Starts feeding; fails here when the binary cannot run at all.</summary>
    /// <param name="kept">The folders (<see cref="SearchBundle.Folder"/>) of the bundles kept from
    /// the last build: their pages are not sent.</param>
    /// <param name="processes">How many bundle processes may live at once.</param>
    public static SearchFeed Start(string pagefindBinary, string outputDir, SearchBundles bundles, IReadOnlySet<string> kept, int processes) =>
        new(pagefindBinary, outputDir, bundles, kept, processes);

    /// <summary>Whether pages of this layout are searched for: the others (lists, topics,
    /// departments, downloads, changes, search) carry no <c>data-pagefind-body</c> and Pagefind
    /// would skip them; they are not sent at all.</summary>
    public static bool Indexes(string layout) => layout is "node" or "plan" or "content";

    /// <summary>How many pages were sent.</summary>
    public int Pages => _pages;

    /// <summary>How many bundles of node pages were made (the others were kept).</summary>
    public int BundlesMade => _started.Count;

    /// <summary>The finished index (after <see cref="Write"/>): the main bundle with the bundles
    /// made by this build in their folders; the kept ones are in the output already.</summary>
    public string Index => Path.Combine(_folder, "main");

    /// <summary>The page at <paramref name="place"/> in this pass of the page plan, rendered
    /// (<paramref name="html"/>) or kept from the last build (null: its bytes are read from the output).</summary>
    public void Page(long place, PageSpec page, string? html)
    {
        var bundle = _bundles.BundleOf(page);
        (SearchBundle? Bundle, string Url, string Html)? entry = Indexes(page.Layout) && (bundle is null || !_kept.Contains(bundle.Folder))
            ? (bundle, UrlOf(page), MainOf(html ?? File.ReadAllText(Path.Combine(_outputDir, page.OutputFile)), page.Lang.Code))
            : null;
        lock (_gate)
        {
            _early[place] = entry;
            while (_early.Remove(_next, out var ready))
            {
                _next++;
                if (ready is not { } send || _failure is not null) continue;
                _pages++;
                try
                {
                    ServiceFor(send.Bundle).AddPage(send.Url, send.Html);
                }
                catch (Exception e) when (e is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // The pages still render; the index stage reports it (RS118) and fails the build.
                    _failure = e.Message;
                }
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

    /// <summary>Writes the main bundle, waits for the bundles of node pages, and puts them together
    /// in <see cref="Index"/>. Null on success, otherwise Pagefind's explanation.</summary>
    public string? Write()
    {
        lock (_gate) Finish();
        var main = Infrastructure.OwnThread.Run(() => _main.WriteFiles(Index));
        var failures = new[] { main }.Concat(_writing).Select(t => t.GetAwaiter().GetResult()).Where(f => f is not null).ToList();
        if (_failure is not null) failures.Insert(0, _failure);
        if (failures.Count > 0) return string.Join("; ", failures.Distinct());
        var bundles = Path.Combine(_folder, "bundles");
        if (Directory.Exists(bundles))
            foreach (var lang in Directory.GetDirectories(bundles).Order(StringComparer.Ordinal))
                Directory.Move(lang, Path.Combine(Index, Path.GetFileName(lang)));
        return null;
    }

    private PagefindService ServiceFor(SearchBundle? bundle)
    {
        if (bundle is null) return _main;
        if (_current is { } current && current.Bundle == bundle) return current.Service;
        Finish();
        // The plan lists a bundle's pages together; pages of one that was already written would be lost.
        if (!_started.Add(bundle)) throw new InvalidOperationException($"the pages of search bundle {bundle.Folder} did not arrive together");
        _slots.Wait();
        try
        {
            // Each bundle's process on the next processor in turn: the one being fed and the one
            // writing work side by side, each on its own processor (PagefindService.Pinning).
            _current = (bundle, PagefindService.Start(_binary, cpu: PagefindService.ProcessorFor(_started.Count - 1)));
        }
        catch
        {
            _slots.Release();
            throw;
        }
        return _current.Value.Service;
    }

    /// <summary>Writes the bundle being fed, in the background, and ends its process.</summary>
    private void Finish()
    {
        if (_current is not { } current) return;
        _current = null;
        // Waits for Pagefind to index the bundle's last pages, then to write it.
        _writing.Add(Infrastructure.OwnThread.Run(() =>
        {
            try
            {
                var folder = Path.Combine(_folder, "bundles", current.Bundle.Lang.Code, current.Bundle.Name);
                var failure = current.Service.WriteFiles(folder);
                if (failure is null) KeepOnlyTheIndex(folder);
                return failure;
            }
            finally
            {
                current.Service.Dispose();
                _slots.Release();
            }
        }));
    }

    /// <summary>Leaves in a bundle of node pages only its index (entry, metadata, chunks, fragments
    /// and filters): the search page loads Pagefind's scripts and WebAssembly from the main bundle,
    /// and every bundle carried its own copy of them.</summary>
    private static void KeepOnlyTheIndex(string bundle)
    {
        foreach (var file in Directory.GetFiles(bundle))
            if (Path.GetFileName(file) != EntryFile && !file.EndsWith(".pf_meta", StringComparison.Ordinal)) File.Delete(file);
        foreach (var folder in Directory.GetDirectories(bundle))
            if (Path.GetFileName(folder) is not ("index" or "fragment" or "filter")) Directory.Delete(folder, true);
    }

    /// <summary>The URL Pagefind gives as the result: the page's folder from the site's root, as
    /// the crawl of the output computed it (<c>index.html</c> left off).</summary>
    public static string UrlOf(PageSpec page) => "/" + (page.Path.EndsWith("/index.html", StringComparison.Ordinal) ? page.Path[..^"index.html".Length] : page.Path);

    /// <summary>The page's <c>main</c> element in a document of its language, without the elements
    /// the theme marks <c>data-pagefind-ignore</c>: all that Pagefind would read of the page. Tables
    /// of numbers, charts and lists of links are three quarters of a node page's main element
    /// (docs/performance.md), and Pagefind parsed them only to skip them. A page without a
    /// <c>main</c> element is sent whole.</summary>
    public static string MainOf(string html, string lang)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        if (start < 0 || end < start) return html;
        var main = new StringBuilder("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><body>");
        WithoutIgnored(html.AsSpan(start, end + "</main>".Length - start), main);
        return main.Append("</body></html>").ToString();
    }

    /// <summary>Copies <paramref name="html"/> leaving out each element whose start tag has the
    /// attribute <c>data-pagefind-ignore</c> (with what it contains). The markup is the theme's own,
    /// well formed: the end of an element is found by counting the start and end tags of its name.
    /// Attributes with that name only inside text would be escaped (<c>&amp;</c>), so never match.</summary>
    internal static void WithoutIgnored(ReadOnlySpan<char> html, StringBuilder into)
    {
        const string Marker = " data-pagefind-ignore";
        while (true)
        {
            var at = html.IndexOf(Marker, StringComparison.Ordinal);
            var open = at < 0 ? -1 : html[..at].LastIndexOf('<');
            if (open < 0 || html[open..at].Contains('>'))
            {
                if (at < 0) { into.Append(html); return; }
                // Not inside a start tag: keep it and look further.
                into.Append(html[..(at + Marker.Length)]);
                html = html[(at + Marker.Length)..];
                continue;
            }
            var nameEnd = open + 1;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            var name = html[(open + 1)..nameEnd].ToString();
            var close = EndOf(html, open, name);
            if (close < 0) { into.Append(html); return; }
            into.Append(html[..open]);
            html = html[close..];
        }
    }

    /// <summary>Where the element that starts at <paramref name="open"/> ends (just after its end
    /// tag), or -1.</summary>
    private static int EndOf(ReadOnlySpan<char> html, int open, string name)
    {
        var depth = 0;
        var i = open;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf('<');
            if (lt < 0) return -1;
            i += lt;
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameAt = i + (closing ? 2 : 1);
            if (html.Length >= nameAt + name.Length && html.Slice(nameAt, name.Length).SequenceEqual(name)
                && (nameAt + name.Length == html.Length || !char.IsAsciiLetterOrDigit(html[nameAt + name.Length])))
            {
                depth += closing ? -1 : 1;
                if (depth == 0)
                {
                    var gt = html[i..].IndexOf('>');
                    return gt < 0 ? -1 : i + gt + 1;
                }
            }
            i++;
        }
        return -1;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Service.Dispose();
            if (_current is not null) _slots.Release();
            _current = null;
        }
        foreach (var writing in _writing)
        {
            try { writing.Wait(); }
            catch (AggregateException) { } // (reported by Write, when it was called)
        }
        _main.Dispose();
        _slots.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, true);
    }
}
