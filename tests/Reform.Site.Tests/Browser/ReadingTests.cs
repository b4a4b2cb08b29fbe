namespace Reform.Site.Tests.Browser;

/// <summary>What a reader sees on a phone and on a desktop, measured in the browser (issue 22):
/// no text smaller than 12 px as rendered (an SVG's text counts at its scaled size), no page wider
/// than the window, and no table cell narrower than four characters of body text.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ReadingTests(BrowserSite browser)
{
    public static TheoryData<string, int> PagesAtTwoWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in PageTypes.InBothLanguages())
        {
            data.Add(path, 390);
            data.Add(path, 1366);
        }
        return data;
    }

    /// <summary>Every visible text, with its rendered size: the computed font size, times the
    /// scale of the SVG it is drawn in (a chart's viewBox shrinks its text with the chart).</summary>
    internal const string SmallTextScript = """
        (min) => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.nodeValue.trim()) continue;
            const el = n.parentElement;
            if (!el || el.closest('[hidden], [aria-hidden=true] title, title, script, style, noscript')) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            const box = range.getBoundingClientRect();
            if (box.width < 1 || box.height < 1) continue;
            const style = getComputedStyle(el);
            if (style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') continue;
            let size = parseFloat(style.fontSize);
            const svg = el.closest('svg');
            if (svg && svg.getScreenCTM()) size *= svg.getScreenCTM().a;
            if (size < min - 0.01) out.push(el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '') + ' "' + n.nodeValue.trim().slice(0, 30) + '" ' + size.toFixed(1) + 'px');
          }
          return out.slice(0, 10);
        }
        """;

    /// <summary>Every visible cell of every table narrower than four characters of the body's text.</summary>
    internal const string NarrowCellScript = """
        () => {
          const body = parseFloat(getComputedStyle(document.body).fontSize);
          const out = [];
          for (const cell of document.querySelectorAll('table th, table td')) {
            if (cell.getClientRects().length === 0) continue;
            const w = cell.getBoundingClientRect().width;
            if (w < 4 * body - 0.5) out.push((cell.closest('table').caption?.textContent || '').trim().slice(0, 30) + ' / "' + cell.textContent.trim().slice(0, 20) + '" ' + w.toFixed(0) + 'px');
          }
          return out.slice(0, 10);
        }
        """;

    [Theory]
    [MemberData(nameof(PagesAtTwoWidths))]
    public async Task No_text_renders_below_12_px_and_the_page_never_scrolls_sideways(string path, int width)
    {
        var page = await browser.Open(path, width: width, height: 900);
        var small = await page.EvaluateAsync<string[]>(SmallTextScript, 12);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.Context.CloseAsync();
        Assert.True(small.Length == 0, $"{path} at {width}px: " + string.Join("; ", small));
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a {width}px window");
    }

    [Theory]
    [MemberData(nameof(PagesAtTwoWidths))]
    public async Task No_table_cell_is_narrower_than_four_characters(string path, int width)
    {
        var page = await browser.Open(path, width: width, height: 900);
        var narrow = await page.EvaluateAsync<string[]>(NarrowCellScript);
        await page.Context.CloseAsync();
        Assert.True(narrow.Length == 0, $"{path} at {width}px: " + string.Join("; ", narrow));
    }

    /// <summary>The checks catch what they are for: a squeezed cell and a chart's scaled text.</summary>
    [Fact]
    public async Task The_checks_catch_tiny_text_and_a_squeezed_cell()
    {
        var page = await browser.Open("en/", width: 390, height: 800);
        await page.EvaluateAsync("""
            () => document.querySelector('main').insertAdjacentHTML('beforeend',
              '<svg viewBox="0 0 640 40" style="width:200px"><text x="0" y="20" font-size="14">scaled</text></svg>' +
              '<table style="width:60px;table-layout:fixed"><tr><th>long name</th><td>12</td></tr></table>')
            """);
        var small = await page.EvaluateAsync<string[]>(SmallTextScript, 12);
        var narrow = await page.EvaluateAsync<string[]>(NarrowCellScript);
        await page.Context.CloseAsync();
        Assert.Contains(small, s => s.Contains("scaled"));
        Assert.Contains(narrow, s => s.Contains("long name"));
    }
}
