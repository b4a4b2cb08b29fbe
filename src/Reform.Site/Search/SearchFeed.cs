using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reform.Site.Model;
using Reform.Site.Rendering;

namespace Reform.Site.Search;

/// <summary>Feeds the search index while the site renders: each page a reader searches for (the
/// node, plan and content pages, whose main content the theme marks <c>data-pagefind-body</c>) goes
/// to Pagefind as soon as it is rendered, from the rendering worker that made it, so the index is
/// built alongside the pages and no page is read back from disk (the pages of a plan kept from the
/// last build are read from the output instead). After the commit, <see cref="Write"/> writes the
/// index: one per language, as before.</summary>
/// <remarks>
/// <para>Pagefind's index depends on the order the pages arrive in (the same pages added in
/// reverse give other bytes), so pages are sent in the page plan's order, whatever the order the
/// workers finish them in: each comes with its place in the plan, and one that finishes early
/// waits (a few pages at most: one per worker) until those before it have been sent.</para>
/// <para>Each language has its own Pagefind service: Pagefind makes a separate index per language
/// anyway, and one service works on one message at a time, so two use two cores. Their bundles are
/// merged into one folder (<see cref="Merge"/>).</para>
/// <para>Only the page's <c>main</c> element is sent (with its language), without what the theme
/// marks <c>data-pagefind-ignore</c>: Pagefind indexes nothing else, and parsing the rest of every
/// page only to skip it was most of its time (<see cref="MainOf"/>).</para>
/// </remarks>
internal sealed class SearchFeed : IDisposable
{
    private readonly string _binary;
    private readonly string _outputDir;
    private readonly object _gate = new();
    private readonly Dictionary<string, PagefindService> _services = new(StringComparer.Ordinal);
    private readonly SortedDictionary<long, (string Lang, string Url, string Html)?> _early = [];
    private long _next;
    private int _pages;
    private string? _failure;

    private SearchFeed(string binary, string outputDir)
    {
        _binary = binary;
        _outputDir = outputDir;
    }

    public const string OutputFolder = SitePaths.SearchIndexFolder;

    private const string EntryFile = "pagefind-entry.json";

    /// <summary>Starts feeding (a language's Pagefind service starts with its first page); fails
    /// here when the binary cannot run at all.</summary>
    public static SearchFeed Start(string pagefindBinary, string outputDir)
    {
        var feed = new SearchFeed(pagefindBinary, outputDir);
        feed.ServiceFor("ja"); // the site always has Japanese pages: a binary that cannot run fails now, not mid-render
        return feed;
    }

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
        (string Lang, string Url, string Html)? entry = Indexes(page.Layout)
            ? (page.Lang.Code, UrlOf(page), MainOf(html ?? File.ReadAllText(Path.Combine(_outputDir, page.OutputFile)), page.Lang.Code))
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
                    ServiceFor(send.Lang).AddPage(send.Url, send.Html);
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

    /// <summary>Writes every language's index (at the same time) and merges them into
    /// <paramref name="folder"/>. Null on success, otherwise Pagefind's explanation.</summary>
    public string? Write(string folder)
    {
        if (_failure is not null) return _failure;
        var parts = _services.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (Lang: s.Key, Service: s.Value, Folder: Path.Combine(folder + ".parts", s.Key))).ToList();
        try
        {
            var failures = parts.AsParallel().Select(p => p.Service.WriteFiles(p.Folder)).Where(f => f is not null).ToList();
            if (failures.Count > 0) return string.Join("; ", failures);
            return Merge(parts.Select(p => p.Folder).ToList(), folder);
        }
        finally
        {
            if (Directory.Exists(folder + ".parts")) Directory.Delete(folder + ".parts", true);
        }
    }

    /// <summary>Merges bundles that each hold one language into one: the files are named by
    /// language and content hash, except Pagefind's scripts, which are the same in every bundle,
    /// and <c>pagefind-entry.json</c>, whose list of languages is joined (in language order).</summary>
    public static string? Merge(IReadOnlyList<string> bundles, string into)
    {
        Directory.CreateDirectory(into);
        JsonObject? entry = null;
        var languages = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var bundle in bundles)
        {
            foreach (var file in Directory.GetFiles(bundle, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(bundle, file);
                if (relative == EntryFile) continue;
                var destination = Path.Combine(into, relative);
                if (File.Exists(destination))
                {
                    if (!File.ReadAllBytes(destination).AsSpan().SequenceEqual(File.ReadAllBytes(file)))
                        return $"pagefind: the bundles of two languages differ in {relative}";
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
            var part = JsonNode.Parse(File.ReadAllText(Path.Combine(bundle, EntryFile)))!.AsObject();
            entry ??= part;
            foreach (var (lang, value) in part["languages"]!.AsObject()) languages[lang] = value?.DeepClone();
        }
        if (entry is null) return null;
        var merged = new JsonObject();
        foreach (var (key, value) in entry)
            merged[key] = key == "languages" ? new JsonObject(languages.Select(l => KeyValuePair.Create(l.Key, l.Value))) : value?.DeepClone();
        File.WriteAllText(Path.Combine(into, EntryFile), merged.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return null;
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

    private PagefindService ServiceFor(string lang)
    {
        if (!_services.TryGetValue(lang, out var service)) _services[lang] = service = PagefindService.Start(_binary);
        return service;
    }

    public void Dispose()
    {
        foreach (var service in _services.Values) service.Dispose();
    }
}
