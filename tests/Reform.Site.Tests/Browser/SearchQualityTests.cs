namespace Reform.Site.Tests.Browser;

/// <summary>What a reader finds, asked through Pagefind's own JavaScript API in the browser: one
/// query per row with a page that must be among the first results, in Japanese and English,
/// full-width and half-width spellings, department names and rating grades. Written against the
/// index as the CLI crawled it before the index was fed from the build (issue 23), so that the
/// index made now is held to the same answers.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class SearchQualityTests(BrowserSite browser)
{
    /// <summary>How far down the list the expected page may be: a reader looks at the first page of results.</summary>
    private const int Top = 10;

    [Theory]
    [InlineData("ja", "民間委託", "012131-tomakomai-gyosei-sokaku/t12/")]
    [InlineData("ja", "ふるさと納税", "142140-isehara-gyozaisei-6/furusato-nozei/")]
    [InlineData("ja", "ふるさと納税制度", "042153-osaki-shuchu-kaikaku-5/no19/")]
    [InlineData("ja", "RPA", "012131-tomakomai-gyosei-sokaku/t15/")]                  // the page prints ＲＰＡ
    [InlineData("ja", "ＲＰＡ", "012131-tomakomai-gyosei-sokaku/t15/")]                 // typed full-width
    [InlineData("ja", "キャッシュレス", "012131-tomakomai-gyosei-sokaku/p19/")]
    [InlineData("ja", "市立病院", "012131-tomakomai-gyosei-sokaku/t03/")]
    [InlineData("ja", "人財育成", "042153-osaki-shuchu-kaikaku-5/no10/")]
    [InlineData("ja", "下水道使用料", "142140-isehara-gyozaisei-6/sewerage-fees/")]
    [InlineData("ja", "オンライン申請", "072028-aizuwakamatsu-gyozaisei-kaikaku/a3-r1-c2/")]
    [InlineData("ja", "エコオフィス", "142140-isehara-gyozaisei-6/ecooffice/")]
    [InlineData("ja", "政策推進課", "012131-tomakomai-gyosei-sokaku/")]                  // a department
    [InlineData("ja", "子ども保育課", "042153-osaki-shuchu-kaikaku-5/")]                 // a department
    [InlineData("ja", "総合評価Ａ", "012131-tomakomai-gyosei-sokaku/")]                  // a rating grade's label
    [InlineData("ja", "計画を上回る", "142140-isehara-gyozaisei-6/")]                    // a rating grade's label
    [InlineData("en", "outsourcing", "012131-tomakomai-gyosei-sokaku/t12/")]
    [InlineData("en", "hometown tax donations", "042153-osaki-shuchu-kaikaku-5/no19/")]
    [InlineData("en", "cashless", "012131-tomakomai-gyosei-sokaku/p19/")]
    [InlineData("en", "RPA", "012131-tomakomai-gyosei-sokaku/t15/")]
    [InlineData("en", "sewerage fees", "142140-isehara-gyozaisei-6/sewerage-fees/")]
    [InlineData("en", "online applications", "072028-aizuwakamatsu-gyozaisei-kaikaku/a3-r1-c2/")]
    [InlineData("en", "eco-office", "142140-isehara-gyozaisei-6/ecooffice/")]
    [InlineData("en", "human resource development", "042153-osaki-shuchu-kaikaku-5/no10/")]
    [InlineData("en", "Policy Promotion Division", "012131-tomakomai-gyosei-sokaku/")]   // a department
    [InlineData("en", "Tourism Division", "072028-aizuwakamatsu-gyozaisei-kaikaku/")]    // a department
    [InlineData("en", "Exceeds the plan", "142140-isehara-gyozaisei-6/")]                // a rating grade's label
    public async Task A_query_finds_the_expected_page_among_the_first_results(string lang, string term, string expected)
    {
        var urls = await Search(lang, term, "{}");
        var first = urls.Take(Top).ToList();
        Assert.True(first.Any(u => u.Contains($"/{lang}/plans/{expected}", StringComparison.Ordinal)),
            $"{term}: {expected} not among the first {Top} of {urls.Length} results\n{string.Join("\n", first)}");
        Assert.All(urls, u => Assert.Contains($"/{lang}/", u)); // one index per language
    }

    /// <summary>The search box normalizes what is typed (NFKC) before searching, as the node pages'
    /// titles carry their NFKC form: full-width letters and half-width katakana find the same pages.</summary>
    [Theory]
    [InlineData("en", "ＲＰＡ", "012131-tomakomai-gyosei-sokaku/t15/")]   // no result before: the English index has only RPA
    [InlineData("ja", "ＲＰＡ", "012131-tomakomai-gyosei-sokaku/t15/")]
    [InlineData("ja", "ｷｬｯｼｭﾚｽ", "012131-tomakomai-gyosei-sokaku/p19/")]  // half-width katakana
    public async Task The_search_box_finds_full_width_and_half_width_spellings(string lang, string typed, string expected)
    {
        var page = await browser.Open($"{lang}/search/");
        try
        {
            await page.FillAsync(".pagefind-ui__search-input", typed);
            await page.Locator(".pagefind-ui__result-link").First.WaitForAsync(new() { Timeout = 15000 });
            var hrefs = await page.Locator(".pagefind-ui__result-link").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
            Assert.Contains(hrefs, h => h.Contains($"/{lang}/plans/{expected}", StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Every filter the search offers narrows the results to pages that carry the chosen
    /// value, in both languages; and the values a reader expects are there. The filters are named in
    /// the page's language (the search page shows the names as its headings).</summary>
    [Theory]
    [InlineData("ja", "自治体", "苫小牧市")]
    [InlineData("ja", "年度", "2021")]
    [InlineData("ja", "評価", "総合評価Ａ")]
    [InlineData("ja", "分野", "民間活力")]
    [InlineData("en", "City", "Tomakomai City")]
    [InlineData("en", "Year", "2024")]
    [InlineData("en", "Rating", "Exceeds the plan")]
    [InlineData("en", "Topic", "Private sector and outsourcing")]
    public async Task A_filter_keeps_only_the_pages_that_carry_its_value(string lang, string filter, string value)
    {
        var page = await browser.Open($"{lang}/search/");
        try
        {
            var outcome = await page.EvaluateAsync<string[]>($$"""
                async ([filter, value]) => {
                  {{SearchIndexScript.Open}}
                  const all = await pagefind.filters();
                  const values = Object.keys(all[filter] ?? {});
                  const search = await pagefind.search(null, { filters: { [filter]: value } });
                  const data = await Promise.all(search.results.map(r => r.data()));
                  const wrong = data.filter(d => !(d.filters[filter] ?? []).includes(value)).map(d => d.url);
                  return [String(values.includes(value)), String(data.length), String(wrong.length), String(all[filter]?.[value] ?? 0), values.join(' | ')];
                }
                """, new[] { filter, value });
            Assert.True(outcome[0] == "true", $"{filter}: no value {value} among {outcome[4]}");
            Assert.True(int.Parse(outcome[1], System.Globalization.CultureInfo.InvariantCulture) > 0, $"{filter}={value}: no result");
            Assert.Equal("0", outcome[2]);
            Assert.Equal(outcome[3], outcome[1]); // as many results as the filter's count says
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<string[]> Search(string lang, string term, string filters)
    {
        var page = await browser.Open($"{lang}/search/");
        try
        {
            return await page.EvaluateAsync<string[]>($$"""
                async ([term, filters]) => {
                  {{SearchIndexScript.Open}}
                  const search = await pagefind.search(term, { filters: JSON.parse(filters) });
                  const data = await Promise.all(search.results.map(r => r.data()));
                  return data.map(d => d.url);
                }
                """, new[] { term, filters });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
