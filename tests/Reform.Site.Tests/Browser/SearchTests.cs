using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Browser;

/// <summary>Readers search across cities, in Japanese and in English, offline.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class SearchTests(BrowserSite browser)
{
    [Theory]
    [InlineData("ja", "民間委託", "plans/012131-tomakomai-gyosei-sokaku/t12/")]          // 行政事務の民間委託
    [InlineData("ja", "ふるさと納税", "plans/142140-isehara-gyozaisei-6/furusato-nozei/")]
    [InlineData("ja", "ふるさと納税", "plans/042153-osaki-shuchu-kaikaku-5/no19/")]      // a second city
    [InlineData("ja", "RPA", "plans/012131-tomakomai-gyosei-sokaku/t15/")]               // printed as full-width ＲＰＡ
    [InlineData("en", "outsourcing", "plans/012131-tomakomai-gyosei-sokaku/t12/")]
    [InlineData("en", "hometown tax donations", "plans/042153-osaki-shuchu-kaikaku-5/no19/")]
    public async Task The_index_finds_the_expected_nodes(string lang, string term, string expected)
    {
        var page = await browser.Open($"{lang}/search/");
        var urls = await page.EvaluateAsync<string[]>($$"""
            async (term) => {
              {{SearchIndexScript.Open}}
              const search = await pagefind.search(term);
              const data = await Promise.all(search.results.map(r => r.data()));
              return data.map(d => d.url);
            }
            """, term);
        await page.Context.CloseAsync();
        Assert.True(urls.Any(u => u.Contains($"/{lang}/{expected}")), $"{term}: {expected} not in\n{string.Join("\n", urls)}");
        Assert.All(urls, u => Assert.Contains($"/{lang}/", u)); // one index per language
    }

    /// <summary>The index is split (each plan's node pages in a bundle of their own at this site's
    /// bundle size): the search page lists its language's bundles for the search box to merge, and
    /// the queries above find nodes of several cities through them.</summary>
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public async Task The_search_page_merges_a_bundle_per_plan_of_its_language(string lang)
    {
        var page = await browser.Open($"{lang}/search/");
        var bundles = await page.EvaluateAsync<string[]>("() => JSON.parse(document.getElementById('search').dataset.bundles)");
        await page.Context.CloseAsync();
        Assert.Equal(Directory.GetDirectories(Path.Combine(RepoPaths.ShippedFixture, "plans")).Length, bundles.Length);
        Assert.All(bundles, b => Assert.StartsWith($"../../pagefind/{lang}/", b));
    }

    [Fact]
    public async Task Typing_a_query_shows_results_that_name_the_city_and_link_to_nodes()
    {
        var page = await browser.Open("ja/search/");
        await page.FillAsync(".pagefind-ui__search-input", "民間委託");
        var first = page.Locator(".pagefind-ui__result-link").First;
        await first.WaitForAsync(new() { Timeout = 15000 });
        var titles = await page.Locator(".pagefind-ui__result-link").AllInnerTextsAsync();
        var href = await first.GetAttributeAsync("href");
        var address = page.Url;
        await page.Context.CloseAsync();
        Assert.Contains(titles, t => t.StartsWith("苫小牧市｜", StringComparison.Ordinal));
        Assert.Contains("/ja/plans/", href);
        // What was typed is in the address, so the search can be shared and returned to.
        Assert.Equal("民間委託", System.Web.HttpUtility.ParseQueryString(new Uri(address).Query)["q"]);
    }

    [Fact]
    public async Task The_search_page_names_its_filters_in_the_page_language()
    {
        var page = await browser.Open("ja/search/");
        await page.FillAsync(".pagefind-ui__search-input", "委託");
        await page.Locator(".pagefind-ui__filter-name").First.WaitForAsync(new() { Timeout = 15000 });
        var names = await page.Locator(".pagefind-ui__filter-name").AllInnerTextsAsync();
        await page.Context.CloseAsync();
        Assert.Contains(names, n => n.Contains("自治体", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("city", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Without_JavaScript_the_search_page_says_so_and_points_to_the_lists()
    {
        var page = await browser.Open("ja/search/", javaScript: false);
        var text = await page.InnerTextAsync("main");
        await page.Context.CloseAsync();
        Assert.Contains("検索にはJavaScriptが必要です", text);
        Assert.Contains("分野別に見る", text);
        Assert.Contains("苫小牧市", text);
    }
}
