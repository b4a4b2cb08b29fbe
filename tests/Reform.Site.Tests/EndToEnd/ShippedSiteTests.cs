using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>Builds the shipped data/ with the shipped content/ and theme/, as the README's build
/// command does, and checks the whole site a reader would get.</summary>
public sealed class ShippedSiteTests : IClassFixture<ShippedSiteTests.Site>
{
    public sealed class Site : IDisposable
    {
        public BuiltSite Built { get; } = new(RepoPaths.ShippedFixture, RepoPaths.ShippedFixtureContent);

        public void Dispose() => Built.Dispose();
    }

    private readonly BuiltSite _site;

    public ShippedSiteTests(Site site) => _site = site.Built;

    [Fact]
    public void The_shipped_site_builds_and_every_link_and_anchor_resolves()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        Assert.Empty(LinkChecker.BrokenLinks(_site));
    }

    [Theory]
    [InlineData("ja", "運営：", "免責事項", "プライバシーについて")]
    [InlineData("en", "Operator: ", "Disclaimer", "Privacy")]
    public void Every_page_names_its_operator_and_links_the_disclaimer_and_the_privacy_note(string lang, string operatedBy, string disclaimer, string privacy)
    {
        foreach (var path in new[] { $"{lang}/", $"{lang}/plans/012131-tomakomai-gyosei-sokaku/", $"{lang}/plans/012131-tomakomai-gyosei-sokaku/p02/" })
        {
            var footer = _site.Page(path).QuerySelector("footer")!;
            Assert.Contains(footer.QuerySelectorAll("p"), p => p.TextContent.StartsWith(operatedBy, StringComparison.Ordinal) && p.TextContent.Length > operatedBy.Length);
            var links = footer.QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
            Assert.EndsWith($"{lang}/disclaimer/", links[disclaimer]);
            Assert.EndsWith($"{lang}/privacy/", links[privacy]);
        }
        Assert.Contains(lang == "ja" ? "転記には誤りが含まれる可能性があります" : "The transcription may contain errors", _site.Page($"{lang}/disclaimer/").QuerySelector("main")!.TextContent);
        Assert.Contains(lang == "ja" ? "Cookie（クッキー）を使いません" : "It uses no cookies", _site.Page($"{lang}/privacy/").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_language_chooser_and_the_home_pages_are_named_for_the_site_not_the_software()
    {
        var root = _site.Page("");
        var title = _site.Page("ja/").QuerySelector("h1")!.TextContent;
        Assert.Equal(title, root.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Reform.Site", root.Title, StringComparison.Ordinal);
        Assert.StartsWith(title + " / ", root.Title, StringComparison.Ordinal);
        Assert.Equal(title, _site.Page("ja/").Title); // not "name | name"
    }

    [Fact]
    public void Every_node_of_every_plan_has_a_page_in_both_languages()
    {
        var (data, _) = Reform.Site.Pipeline.DataLoader.Load(RepoPaths.ShippedFixture);
        foreach (var plan in data.Plans)
            foreach (var node in plan.Nodes)
                foreach (var lang in new[] { "ja", "en" })
                    Assert.True(_site.Exists($"{lang}/plans/{plan.Key}/{node.Id}/"), $"{lang} {plan.Key} {node.Id}");
    }

    /// <summary>The build lists its pages twice, once to render them and once for the sitemap
    /// (the plan is never held whole): both must see the same pages.</summary>
    [Fact]
    public void The_sitemap_lists_every_page_of_the_site_once_with_its_twin_in_the_other_language()
    {
        var ns = System.Xml.Linq.XNamespace.Get("http://www.sitemaps.org/schemas/sitemap/0.9");
        var xhtml = System.Xml.Linq.XNamespace.Get("http://www.w3.org/1999/xhtml");
        var urls = System.Xml.Linq.XDocument.Load(Path.Combine(_site.Root, "sitemap.xml")).Root!.Elements(ns + "url").ToList();
        string Local(string url) => url[(_site.Options.BaseUrl.TrimEnd('/').Length + 1)..];
        var listed = urls.Select(u => Local(u.Element(ns + "loc")!.Value)).ToList();
        var pages = Directory.GetFiles(_site.Root, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.Root, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(p => p is "ja/" or "en/" || p.StartsWith("ja/", StringComparison.Ordinal) || p.StartsWith("en/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(pages, listed.Order(StringComparer.Ordinal));
        Assert.Equal(_site.Result.PageCount - 2, listed.Count); // all but the language chooser and the 404 page
        Assert.All(urls, u => Assert.Equal(2, u.Elements(xhtml + "link").Count()));
        foreach (var url in urls.Take(50))
        {
            var twin = url.Elements(xhtml + "link").Single(l => l.Attribute("hreflang")!.Value != Local(url.Element(ns + "loc")!.Value)[..2]);
            Assert.True(_site.Exists(Local(twin.Attribute("href")!.Value)), twin.ToString());
        }
    }

    [Fact]
    public void The_published_totals_show_on_the_plan_page_and_agree_with_their_breakdown()
    {
        var sendai = _site.Page("ja/plans/041009-sendai-keiei-plan/").Body!.TextContent;
        Assert.Contains("124件のうち、◎（目標を上回った・計画より進んでいる）が8件（6.5%）", sendai);
        var isehara = _site.Page("en/plans/142140-isehara-gyozaisei-6/");
        var total = isehara.QuerySelector("#dist-achievement-2024 ~ div table tfoot")!.TextContent;
        Assert.Contains("74", total);
        Assert.Contains("matches the breakdown", total);
        // At a glance by the one rule of the language, exact in the table below it.
        Assert.Contains("about ¥1.35 billion (equal to the sum of the items)", isehara.Body!.TextContent);
        Assert.Contains("1,345,649 thousand yen", isehara.Body!.TextContent);
    }

    [Fact]
    public void A_theme_page_compares_cities()
    {
        var page = _site.Page("ja/themes/digital/");
        var plans = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.True(plans.Count >= 3, string.Join(", ", plans));
        Assert.Contains(plans, p => p.Contains("苫小牧市"));
        Assert.Contains(page.QuerySelectorAll("li.node-summary a").Select(a => a.TextContent), t => t.Contains("ＡＩ"));
    }

    /// <summary>Issue 22, point 4: the plan page opens with its key points (the reported year's
    /// distribution, the items that fell behind with their list) before its contents, and shows
    /// each assessment's latest year first.</summary>
    [Theory]
    [InlineData("ja", "要点", "Ｃ：3件")]
    [InlineData("en", "Key points", "Ｃ 3")]
    public void A_plan_page_opens_with_its_key_points_and_the_latest_year_first(string lang, string heading, string behind)
    {
        var main = _site.Page($"{lang}/plans/012131-tomakomai-gyosei-sokaku/").QuerySelector("main")!;
        var h2 = main.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Equal(heading, h2[0]);
        var points = main.QuerySelector("#key-points")!.ParentElement!;
        Assert.Contains(behind, points.TextContent);
        Assert.Contains(points.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").EndsWith("/ratings/self-overall/2/c/", StringComparison.Ordinal));
        var years = main.QuerySelectorAll("figure.chart").Select(f => f.Id ?? "").Where(id => id.StartsWith("dist-self-overall-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["dist-self-overall-2021", "dist-self-overall-2020"], years);
    }

    /// <summary>Issue 22, point 2: one page lists every plan's ratings, the lower half of each scale marked.</summary>
    [Fact]
    public void The_page_across_plans_lists_each_plans_ratings_and_marks_those_behind()
    {
        var main = _site.Page("en/by-rating/").QuerySelector("main")!;
        var plans = main.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.Contains(plans, p => p.StartsWith("Tomakomai City", StringComparison.Ordinal));
        Assert.Contains(plans, p => p.StartsWith("Isehara City", StringComparison.Ordinal));
        var behind = main.QuerySelectorAll(".behind").Select(b => b.ParentElement!.TextContent).ToList();
        Assert.Contains(behind, b => b.StartsWith('Ｃ') && b.Contains(": 3", StringComparison.Ordinal));
        Assert.DoesNotContain(behind, b => b.StartsWith('Ａ') || b.StartsWith('Ｂ'));
    }
}
