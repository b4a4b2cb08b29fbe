using System.Text.Json;

namespace Reform.Site.Tests.Browser;

/// <summary>Issue 22, point 3: charts a citizen can read on a phone. At a phone's width and a
/// desktop's, in both languages, on the plan and node pages that have charts: no text of a chart
/// is drawn below 12 px (an SVG drawn to a fixed viewBox scaled its labels down to 7 px at 390 px),
/// every row is labelled with its item's number and name (not "№1" or "1"), each row's count and
/// each effect bar's amount is written out, and the page does not scroll sideways.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ChartTests(BrowserSite browser)
{
    private static readonly string[] PagesWithCharts =
    [
        "plans/012131-tomakomai-gyosei-sokaku/", // distributions of 21 themes, two years
        "plans/012131-tomakomai-gyosei-sokaku/t12/", // a leaf's own distribution, no item rows
        "plans/041009-sendai-keiei-plan/p1/", // a node's distribution by its children
        "plans/041009-sendai-keiei-plan/", // three levels with meanings
        "plans/042153-osaki-shuchu-kaikaku-5/", // effect amounts, planned and actual
        "plans/142140-isehara-gyozaisei-6/", // effect amounts
    ];

    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in PagesWithCharts)
        {
            foreach (var lang in new[] { "ja", "en" })
            {
                data.Add(lang + "/" + path, 390);
                data.Add(lang + "/" + path, 1366);
            }
        }
        return data;
    }

    /// <summary>What the page shows, measured in the browser: every rendered text of a chart with
    /// its size on screen (an SVG's font size times the scale its viewBox is drawn at), each
    /// chart's row labels beside its table's row headers, and the page's overflow.</summary>
    private const string Measure = """
        () => {
          const small = [];
          const charts = [];
          for (const fig of document.querySelectorAll('figure.chart')) {
            const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode;
              const el = node.parentElement;
              if (!node.textContent.trim() || el.closest('title, defs') || !el.checkVisibility()) continue;
              let size = parseFloat(getComputedStyle(el).fontSize);
              if (el instanceof SVGGraphicsElement) { const m = el.getScreenCTM(); size *= Math.hypot(m.a, m.b); }
              if (size < 12) small.push(fig.id + ': "' + node.textContent.trim() + '" at ' + size.toFixed(1) + 'px');
            }
            const table = fig.nextElementSibling?.querySelector('table');
            const visible = el => el.checkVisibility() && el.innerText.trim() !== '';
            charts.push({
              id: fig.id,
              effects: fig.id.startsWith('effects-'),
              labels: [...fig.querySelectorAll('.bar-row:not(.bar-total):not(.bar-axis) .bar-label')].map(l => l.innerText.trim()),
              names: table ? [...table.querySelectorAll('tbody th[scope=row]')].map(th => th.innerText.trim()) : [],
              counts: [...fig.querySelectorAll('.bar-row:not(.bar-axis) .bar-n')].filter(visible).length,
              values: [...fig.querySelectorAll('.bar-row:not(.bar-axis) .bar-value')].filter(visible).map(v => v.innerText.trim()),
              rows: fig.querySelectorAll('.bar-row:not(.bar-axis)').length,
              axis: fig.querySelectorAll('.bar-axis').length,
            });
          }
          return { small, charts, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
        }
        """;

    private sealed record Chart(string Id, bool Effects, string[] Labels, string[] Names, int Counts, string[] Values, int Rows, int Axis);

    private sealed record Measured(string[] Small, Chart[] Charts, int Overflow);

    private static readonly JsonSerializerOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Charts_are_readable_named_and_counted_at_phone_and_desktop_widths(string path, int width)
    {
        var page = await browser.Open(path, width: width, height: 900, javaScript: false);
        Measured measured;
        try
        {
            measured = (await page.EvaluateAsync<JsonElement>(Measure)).Deserialize<Measured>(CaseInsensitive)!;
        }
        finally
        {
            await page.Context.CloseAsync();
        }

        Assert.NotEmpty(measured.Charts);
        Assert.Empty(measured.Small);
        Assert.True(measured.Overflow <= 0, $"{path} is {measured.Overflow}px wider than {width}px");
        foreach (var chart in measured.Charts)
        {
            // Each item row is labelled as the table's row header is: number and name, never a bare
            // number (a leaf's chart has its own total row only, and no item rows).
            Assert.Equal(chart.Names, chart.Labels);
            Assert.All(chart.Labels, l => Assert.DoesNotMatch(@"^(№|No\.)?\s*[0-9０-９]+$", l));
            Assert.True(chart.Rows > 0, chart.Id + " has no bars");
            // A scale under the item rows, so that a bar's length means a count or an amount.
            Assert.Equal(chart.Effects || chart.Names.Length > 0 ? 1 : 0, chart.Axis);
            if (chart.Effects)
            {
                // A planned and an actual amount at every bar, the published total's included.
                Assert.Equal(2 * chart.Rows, chart.Values.Length);
                Assert.All(chart.Values, v => Assert.Matches(@"[0-9０-９]|—", v));
            }
            else
            {
                Assert.Equal(chart.Rows, chart.Counts);
            }
        }
    }
}
