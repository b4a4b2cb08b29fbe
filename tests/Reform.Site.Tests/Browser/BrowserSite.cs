using Microsoft.Playwright;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Browser;

/// <summary>The shipped site (theme pages paged at three cities), built with its search index, served on 127.0.0.1 and opened in
/// Debian's Chromium through Playwright (no browser download: the system one is used).</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public BuiltSite Site { get; private set; } = null!;

    public StaticServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = NodeModules.Root; // Pagefind and axe-core come from npm
        // Three cities to a theme page, so that the pages a national portal pages (five cities
        // fit on one at the default size) are checked here too; and each plan's node pages in a
        // search bundle of their own, so that the search (and its quality) is checked across
        // merged bundles, as a national site's is.
        Site = new BuiltSite(RepoPaths.ShippedFixture, RepoPaths.ShippedFixtureContent, o => o with { TopicPageSize = 3, SearchBundlePages = 1 });
        if (!Site.Result.Succeeded) throw new InvalidOperationException("build failed: " + string.Join("; ", Site.Result.Diagnostics.Select(d => d.Code)));
        // Served below the base URL's path, as a project site is, so root-relative links (the 404 page) are checked too.
        Server = new StaticServer(Site.Root, Reform.Site.Model.SitePaths.RootPath(Site.Options.BaseUrl));
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install chromium (.ci/run does this)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> Open(string sitePath, int width = 1280, int height = 900, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Server.Url(sitePath), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Server?.Dispose();
        Site?.Dispose();
    }
}
