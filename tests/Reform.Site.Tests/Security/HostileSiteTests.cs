using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Browser;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Security;

/// <summary>A site built from data and content that carry markup and script in every text a
/// reader sees (<see cref="HostileData"/>), looked at as a browser sees it: no page runs any of
/// it, in Chromium with JavaScript on, and no page asks any host but the site's own.</summary>
public sealed class HostileSite : IAsyncLifetime
{
    private readonly TempDir _temp = new();
    private IPlaywright? _playwright;

    internal BuildResult Result { get; private set; } = null!;

    internal IReadOnlyList<Diagnostic> Validation { get; private set; } = [];

    public string Root => _temp.Combine("_site");

    public StaticServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var (data, content) = HostileData.Write(_temp.Path);
        Validation = InputCheck.Check(data, content).Diagnostics;
        Result = SiteBuilder.Build(new BuildOptions(data, Root, content, RepoPaths.Theme, "https://example.org/site/", Search: SearchMode.Off));
        if (!Result.Succeeded) return;
        Server = new StaticServer(Root);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserSite.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public IEnumerable<string> Pages() =>
        Directory.GetFiles(Root, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Server?.Dispose();
        _temp.Dispose();
    }
}

public sealed class HostileSiteTests(HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public void Markup_in_the_data_is_valid_data_and_builds()
    {
        Assert.DoesNotContain(site.Validation, d => d.Severity == Severity.Error);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Select(d => d.ToString())));
        // The raw HTML of the content pages is warned about, so its author sees it is shown as text.
        Assert.Contains(site.Validation, d => d.Code == Codes.HtmlShownAsText && d.Location.File == "content/ja/hostile.md");
        Assert.True(site.Pages().Count() > 30);
    }

    [Fact]
    public void No_page_carries_script_an_event_handler_an_embed_or_a_script_link()
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var path in site.Pages())
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Root, path)));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) problems.Add($"{path}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" && LooksLikeScript(attribute.Value))
                        problems.Add($"{path}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
                // The 404 page's search boxes send a query to the site's own search page, and nothing else may.
                var ownSearchForm = element.LocalName == "form" && path == Reform.Site.Model.SitePaths.NotFound
                    && element.GetAttribute("method") == "get" && (element.GetAttribute("action") ?? "").EndsWith("/search/", StringComparison.Ordinal);
                if (element.LocalName is "iframe" or "object" or "embed" or "img" or "frame" or "base" or "form" && !ownSearchForm)
                    problems.Add($"{path}: <{element.LocalName}>");
                if (element.LocalName == "script")
                {
                    var type = element.GetAttribute("type");
                    if (type == "application/ld+json")
                    {
                        // A breakout (</script> in the data) would leave JSON that does not parse.
                        try { using var _ = JsonDocument.Parse(element.TextContent); }
                        catch (JsonException e) { problems.Add($"{path}: JSON-LD does not parse ({e.Message})"); }
                    }
                    // The theme's own enhancement script, linked from every page, has no inline content.
                    else if (element.GetAttribute("src") is { } src && src.EndsWith(Reform.Site.Model.SitePaths.SiteScript, StringComparison.Ordinal) && element.TextContent.Length == 0)
                        continue;
                    else if (!path.EndsWith("/search/index.html", StringComparison.Ordinal) || element.TextContent.Contains("alert", StringComparison.Ordinal))
                        problems.Add($"{path}: <script>{Shorten(element.OuterHtml)}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void The_payload_is_shown_as_text_and_never_run_as_a_template()
    {
        var node = Path.Combine(site.Root, "ja", "plans", "012131-sample-plan", "p1", "index.html");
        var text = new HtmlParser().ParseDocument(File.ReadAllText(node)).Body!.TextContent;
        Assert.Contains("<script>alert('s')</script>", text, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".xlsx", StringComparison.Ordinal) && !f.EndsWith(".zip", StringComparison.Ordinal)))
            Assert.False(File.ReadAllText(file).Contains(HostileData.TemplateRan, StringComparison.Ordinal), $"{file} ran data as a template");
    }

    [Fact]
    public void Every_feed_sitemap_and_catalogue_is_well_formed()
    {
        foreach (var file in Directory.GetFiles(site.Root, "*.xml", SearchOption.AllDirectories))
            new XmlDocument { XmlResolver = null }.Load(file);
        foreach (var file in Directory.GetFiles(site.Root, "*.json*", SearchOption.AllDirectories).Where(f => !f.Contains(".reform-site", StringComparison.Ordinal)))
        {
            using var _ = JsonDocument.Parse(File.ReadAllBytes(file));
        }
    }

    [Fact]
    public async Task No_page_opens_a_dialog_or_asks_another_host_in_Chromium()
    {
        var dialogs = new List<string>();
        var requests = new List<string>();
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            lock (dialogs) dialogs.Add($"{page.Url}: {dialog.Message}");
            await dialog.DismissAsync();
        };
        context.Request += (_, request) =>
        {
            var host = new Uri(request.Url).Host;
            if (host != "127.0.0.1" && !request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("about:", StringComparison.Ordinal))
                lock (requests) requests.Add($"{page.Url} → {request.Url}");
        };
        var opened = 0;
        foreach (var path in site.Pages())
        {
            await page.GotoAsync(site.Server.Url(path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            opened++;
        }
        // Give any timer or late handler a moment to fire on the last page.
        await page.WaitForTimeoutAsync(200);
        await context.CloseAsync();
        Assert.True(opened > 30);
        Assert.True(dialogs.Count == 0, string.Join("\n", dialogs));
        Assert.True(requests.Count == 0, string.Join("\n", requests.Take(20)));
    }

    private static bool LooksLikeScript(string url) =>
        Reform.Site.Loading.LinkPolicy.Check(url, allowRelative: true) != Reform.Site.Loading.LinkPolicy.Verdict.Allowed;

    private static string Shorten(string s) => s.Length > 120 ? s[..120] + "…" : s;
}
