namespace Reform.Site.Tests.Browser;

/// <summary>Keyboard, language switch and phone width, as a person would use them.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class NavigationTests(BrowserSite browser)
{
    [Fact]
    public async Task The_language_switch_lands_on_the_same_node()
    {
        var page = await browser.Open("ja/plans/012131-tomakomai-gyosei-sokaku/p02/");
        await page.ClickAsync("nav.lang-switch a");
        await page.WaitForURLAsync("**/en/plans/012131-tomakomai-gyosei-sokaku/p02/");
        var h1 = await page.InnerTextAsync("h1");
        await page.Context.CloseAsync();
        Assert.Contains("corporate hometown tax", h1, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_the_main_content_and_the_switch_with_visible_focus()
    {
        var page = await browser.Open("en/plans/041009-sendai-keiei-plan/p1/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().top >= 0"), "skip link visible when focused");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        // Following a fragment link updates the URL after the key event returns; wait for it rather than race it.
        await page.WaitForFunctionAsync("location.hash === '#main'", options: new() { Timeout = 5000 });
        Assert.EndsWith("#main", page.Url);
        Assert.Equal("main", await page.EvaluateAsync<string>("document.querySelector(':target').id"));

        await page.GotoAsync(page.Url.Split("#")[0]); // start again from the top, not from #main
        var reached = false;
        for (var i = 0; i < 10 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("document.activeElement.closest('nav.lang-switch') !== null");
        }
        Assert.True(reached, "the language switch is reachable by keyboard from the top");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Context.CloseAsync();
    }

    /// <summary>GitHub Pages and Netlify answer any missing address, at any depth, with 404.html:
    /// its stylesheet, links and search must work from there, not only from the site's root.</summary>
    [Fact]
    public async Task A_missing_deep_address_gets_a_styled_404_page_whose_links_and_search_work()
    {
        var page = await browser.Open("ja/plans/012131-tomakomai-gyosei-sokaku/no-such/page/");
        try
        {
            Assert.Equal("4px", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).borderBottomWidth"));
            await page.ClickAsync("main a[hreflang=en]");
            await page.WaitForURLAsync("**/en/");
            Assert.Equal(browser.Server.Url("en/"), page.Url);
            await page.GoBackAsync();
            await page.FillAsync("#q-ja", "民間委託");
            await page.ClickAsync("form[action$='/ja/search/'] button");
            await page.WaitForURLAsync("**/ja/search/?q=*");
            Assert.Equal(browser.Server.Url("ja/search/") + "?q=" + Uri.EscapeDataString("民間委託"), page.Url);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_header_leads_to_the_plans_the_topics_the_downloads_and_search()
    {
        var page = await browser.Open("en/plans/041009-sendai-keiei-plan/p1/", width: 390, height: 844);
        var links = await page.Locator("header nav.site-nav a").AllInnerTextsAsync();
        await page.ClickAsync("header nav.site-nav a >> text=Topics");
        await page.WaitForURLAsync("**/en/themes/");
        await page.Context.CloseAsync();
        Assert.Equal(["Cities and plans", "Topics", "By rating", "Downloads", "Search"], links);
    }

    /// <summary>Issue 22's first user: a Tomakomai citizen on a phone wants the items rated worst
    /// (Ｃ) in R3 and why, in three taps or fewer from the home page.</summary>
    [Fact]
    public async Task A_citizen_on_a_phone_reaches_the_items_rated_C_with_their_reasons_within_three_taps()
    {
        var page = await browser.Open("ja/", width: 390, height: 844);
        var taps = 0;
        try
        {
            await page.Locator("main a[href*='012131-tomakomai-gyosei-sokaku']").First.ClickAsync();
            taps++;
            await page.Locator("#by-rating ~ ul a[href$='/c/']").First.ClickAsync();
            taps++;
            await page.WaitForURLAsync("**/ratings/**/c/");
            var heading = await page.InnerTextAsync("h1");
            var reasons = await page.Locator(".rated-node .reason").AllInnerTextsAsync();
            Assert.Contains("Ｃ", heading, StringComparison.Ordinal);
            Assert.Contains("令和3年度", heading, StringComparison.Ordinal);
            Assert.Equal(3, reasons.Count);
            Assert.All(reasons, r => Assert.StartsWith("評価の理由", r, StringComparison.Ordinal));
            Assert.True(taps <= 3, $"{taps} taps");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Issue 22's second user: an English-speaking journalist on a desktop compares the
    /// cities on one topic side by side, and downloads the topic's items, each in two clicks from
    /// the home page.</summary>
    [Fact]
    public async Task A_journalist_compares_the_cities_on_a_topic_and_downloads_it_within_two_clicks()
    {
        var page = await browser.Open("en/", width: 1366, height: 900);
        try
        {
            await page.ClickAsync("header nav.site-nav a >> text=Topics"); // 1
            await page.WaitForURLAsync("**/en/themes/");
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.Locator("tr:has(th a:text('Private sector and outsourcing')) a:text('CSV')").ClickAsync()); // 2
            Assert.EndsWith("private-sector-en.csv", download.SuggestedFilename, StringComparison.Ordinal);
            var csv = await File.ReadAllTextAsync(await download.PathAsync());
            Assert.Contains("Tomakomai", csv, StringComparison.Ordinal);
            Assert.Contains("Isehara", csv, StringComparison.Ordinal);

            await page.ClickAsync("th a:text('Private sector and outsourcing')"); // 2 (the other way from the topics list)
            await page.WaitForURLAsync("**/en/themes/private-sector/");
            var rows = await page.Locator("#comparison-caption >> xpath=.. >> tbody tr").AllInnerTextsAsync();
            Assert.Equal(5, rows.Count);
            Assert.Contains(rows, r => r.StartsWith("Tomakomai City", StringComparison.Ordinal) && r.Contains("items rated", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.StartsWith("Sendai City", StringComparison.Ordinal));
            Assert.True(await page.Locator("#comparison-caption").IsVisibleAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Issue 22's third user: a city's staff member checks the published counts; they
    /// are on the plan's page itself, no click away.</summary>
    [Fact]
    public async Task A_staff_member_sees_the_plans_reported_counts_on_its_page_without_a_click()
    {
        var page = await browser.Open("ja/plans/142140-isehara-gyozaisei-6/", width: 1366, height: 900);
        var cells = await page.Locator("table.data td").AllInnerTextsAsync();
        await page.Context.CloseAsync();
        foreach (var count in new[] { "16", "46", "12" })
            Assert.Contains(cells, c => c.StartsWith(count, StringComparison.Ordinal));
    }

    public static TheoryData<string> Pages() => new(PageTypes.InBothLanguages());

    /// <summary>A table region is a keyboard stop exactly when its table is wider than the screen
    /// (issue 22: regions were tab stops where nothing scrolls), on a phone and on a desktop.</summary>
    [Theory]
    [InlineData("ja/plans/012131-tomakomai-gyosei-sokaku/", 390)]
    [InlineData("ja/plans/012131-tomakomai-gyosei-sokaku/", 1366)]
    [InlineData("en/plans/142140-isehara-gyozaisei-6/", 390)]
    [InlineData("en/plans/142140-isehara-gyozaisei-6/", 1366)]
    public async Task Only_table_regions_that_scroll_are_keyboard_stops(string path, int width)
    {
        var page = await browser.Open(path, width: width, height: 900);
        var wrong = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.table-scroll')]
              .filter(r => (r.scrollWidth > r.clientWidth + 1) !== r.hasAttribute('tabindex'))
              .map(r => (r.getAttribute('aria-label') || r.getAttribute('aria-labelledby')) + ' scrolls=' + (r.scrollWidth > r.clientWidth + 1))
            """);
        var regions = await page.EvaluateAsync<int>("document.querySelectorAll('.table-scroll').length");
        await page.Context.CloseAsync();
        Assert.True(regions > 0);
        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_fit_a_phone_without_horizontal_scrolling(string path)
    {
        var page = await browser.Open(path, width: 375, height: 800);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.Context.CloseAsync();
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the phone");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Row_labels_of_tables_keep_a_readable_width_on_a_phone(string path)
    {
        var page = await browser.Open(path, width: 390, height: 844);
        // The narrowest row header of every data table, in CSS pixels (7em of the tables' 14px text is 98px; without a floor, Japanese names squeezed to one character, about 20px).
        var narrowest = await page.EvaluateAsync<double>("Math.min(1e9, ...[...document.querySelectorAll('table.data th[scope=row]')].filter(th => th.getClientRects().length > 0).map(th => th.getBoundingClientRect().width))");
        await page.Context.CloseAsync();
        Assert.True(narrowest >= 90, $"{path}: a row label is only {narrowest}px wide at 390px");
    }
}
