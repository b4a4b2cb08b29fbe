using System.Text;
using Reform.Site.Pipeline;
using Reform.Site.Search;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Search;

/// <summary>The search index fed from the build: what is sent of a page, and that the index's
/// bytes depend only on the input (two builds; a rebuild that keeps the unchanged plans' bundles
/// and reads their overviews from the output, against a fresh build of the same data).</summary>
public sealed class SearchFeedTests
{
    [Theory]
    [InlineData("<main data-pagefind-body><h1>T</h1><section data-pagefind-ignore><table><tr><td>1</td></tr></table></section><p>kept</p></main>",
        "<main data-pagefind-body><h1>T</h1><p>kept</p></main>")]
    [InlineData("<main><section data-pagefind-ignore><section><p>inner</p></section><p>x</p></section><section><p>kept</p></section></main>",
        "<main><section><p>kept</p></section></main>")]                                   // nested elements of the same name
    [InlineData("<main><nav class=\"pager\" data-pagefind-ignore aria-label=\"p\"><a>next</a></nav><p>kept</p></main>",
        "<main><p>kept</p></main>")]                                                         // the attribute among others
    [InlineData("<main><p>the words data-pagefind-ignore in text</p><sectionx data-pagefind-ignore>y</sectionx></main>",
        "<main><p>the words data-pagefind-ignore in text</p></main>")]                      // not in a tag: kept
    [InlineData("<main><p>no end <section data-pagefind-ignore><p>open</p></main>",
        "<main><p>no end <section data-pagefind-ignore><p>open</p></main>")]              // no end tag: sent whole
    public void Ignored_elements_are_left_out_of_what_is_sent(string html, string sent)
    {
        var into = new StringBuilder();
        SearchFeed.WithoutIgnored(html, into);
        Assert.Equal(sent, into.ToString());
    }

    [Fact]
    public void Only_the_main_element_is_sent_in_a_document_of_the_page_language()
    {
        var sent = SearchFeed.MainOf("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><header>menu</header><main id=\"main\" data-pagefind-body><h1>T</h1></main><footer>f</footer></body></html>", "en");
        Assert.Equal("<!DOCTYPE html><html lang=\"en\"><body><main id=\"main\" data-pagefind-body><h1>T</h1></main></body></html>", sent);
    }

    [Fact]
    public void The_index_is_byte_identical_for_the_same_input_fresh_or_rebuilt()
    {
        _ = NodeModules.Root; // Pagefind comes from npm
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.Data, data);
        // Each plan's node pages in a bundle of their own: the rebuild keeps the others' bundles.
        BuildOptions Options(string output) => new(data, temp.Combine(output), temp.Combine("no-content"), RepoPaths.Theme, "https://example.org/site/", SearchMode.Required) { SearchBundlePages = 1 };

        Assert.True(SiteBuilder.Build(Options("a")).Succeeded);
        Assert.True(SiteBuilder.Build(Options("b")).Succeeded);
        AssertSameIndex(temp.Combine("a"), temp.Combine("b"));
        var bundles = Bundles(temp.Combine("a"));
        Assert.Equal(2 * Directory.GetDirectories(Path.Combine(data, "plans")).Length, bundles.Count);

        // One text of one plan corrected: the rebuild renders that plan's pages and reads the
        // others' from the output; it makes that plan's bundles again and keeps the others as they
        // are; its index is the one a fresh build of the same data makes.
        var texts = Directory.GetFiles(Path.Combine(data, "plans"), "texts.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var csv = File.ReadAllText(texts);
        var at = csv.IndexOf('。', StringComparison.Ordinal);
        File.WriteAllText(texts, csv[..at] + "．" + csv[(at + 1)..]);
        var progress = new List<string>();
        Assert.True(SiteBuilder.Build(Options("a"), progress.Add).Succeeded);
        Assert.True(SiteBuilder.Build(Options("c")).Succeeded);
        AssertSameIndex(temp.Combine("a"), temp.Combine("c"));
        Assert.False(SameBytes(temp.Combine("a"), temp.Combine("b")), "the corrected text should change the index");
        Assert.Contains(progress, p => p.Contains($"(2 bundles of node pages made, {bundles.Count - 2} kept)", StringComparison.Ordinal)); // that plan's, in each language
    }

    /// <summary>The entry files of the bundles of node pages (not the main bundle's).</summary>
    private static List<string> Bundles(string site) =>
        Directory.GetFiles(Path.Combine(site, SearchFeed.OutputFolder), "pagefind-entry.json", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f) != Path.Combine(site, SearchFeed.OutputFolder)).ToList();

    private static void AssertSameIndex(string first, string second)
    {
        var a = Files(first);
        var b = Files(second);
        Assert.NotEmpty(a);
        Assert.Equal(a.Keys.Order(StringComparer.Ordinal), b.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in a) Assert.True(bytes.SequenceEqual(b[path]), path);
    }

    private static bool SameBytes(string first, string second)
    {
        var a = Files(first);
        var b = Files(second);
        return a.Count == b.Count && a.All(f => b.TryGetValue(f.Key, out var other) && other.SequenceEqual(f.Value));
    }

    private static Dictionary<string, byte[]> Files(string site)
    {
        var index = Path.Combine(site, SearchFeed.OutputFolder);
        return Directory.GetFiles(index, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(index, f), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
