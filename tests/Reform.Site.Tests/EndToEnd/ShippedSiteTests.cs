using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>Builds the shipped data/ with the shipped content/ and theme/, as the README's build
/// command does, and checks the whole site a reader would get.</summary>
public sealed class ShippedSiteTests : IClassFixture<ShippedSiteTests.Site>
{
    public sealed class Site : IDisposable
    {
        public BuiltSite Built { get; } = new(RepoPaths.Data, RepoPaths.Content);

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

    [Fact]
    public void Every_node_of_every_plan_has_a_page_in_both_languages()
    {
        var (data, _) = Reform.Site.Pipeline.DataLoader.Load(RepoPaths.Data);
        foreach (var plan in data.Plans)
            foreach (var node in plan.Nodes)
                foreach (var lang in new[] { "ja", "en" })
                    Assert.True(_site.Exists($"{lang}/plans/{plan.Key}/{node.Id}/"), $"{lang} {plan.Key} {node.Id}");
    }

    [Fact]
    public void The_published_totals_show_on_the_plan_page_and_agree_with_their_breakdown()
    {
        var sendai = _site.Page("ja/plans/041009-sendai-keiei-plan/").Body!.TextContent;
        Assert.Contains("124件のうち、◎（目標を上回った・計画より進んでいる） 8件（6.5%）", sendai);
        var isehara = _site.Page("en/plans/142140-isehara-gyozaisei-6/");
        var total = isehara.QuerySelector("#dist-achievement-2024 ~ div table tfoot")!.TextContent;
        Assert.Contains("74", total);
        Assert.Contains("matches the breakdown", total);
        Assert.Contains("1,345,649 thousand yen (equal to the sum of the items)", isehara.Body!.TextContent);
    }

    [Fact]
    public void A_theme_page_compares_cities()
    {
        var page = _site.Page("ja/themes/digital/");
        var plans = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.True(plans.Count >= 3, string.Join(", ", plans));
        Assert.Contains(plans, p => p.Contains("苫小牧市"));
        Assert.Contains(page.QuerySelectorAll("li.node-summary a").Select(a => a.TextContent), t => t.Contains("ＲＰＡ"));
    }
}
