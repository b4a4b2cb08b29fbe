using Reform.Site.Localization;
using Reform.Site.Search;

namespace Reform.Site.Tests.Search;

/// <summary>How the search index is split into bundles of plans: by language, in plan order, each
/// near the target size, and so that one plan added, removed or grown moves few bundles.</summary>
public sealed class SearchBundlesTests
{
    private static List<(string Key, int Nodes)> Plans(int count, int nodes = 100) =>
        Enumerable.Range(0, count).Select(i => ($"{i:D4}-city-plan", nodes)).ToList();

    [Fact]
    public void Every_plan_is_in_one_bundle_per_language_in_plan_order()
    {
        var plans = Plans(200);
        var bundles = SearchBundles.Of(plans, 1000);
        foreach (var lang in Language.All)
        {
            var mine = bundles.All.Where(b => b.Lang == lang).ToList();
            Assert.Equal(plans.Select(p => p.Key), mine.SelectMany(b => b.Plans));
            Assert.All(mine, b => Assert.Equal(SiteFolder(lang, b.Name), b.Folder));
        }
        Assert.Equal(bundles.All.Where(b => b.Lang == Language.Ja).Select(b => b.Name), bundles.All.Where(b => b.Lang == Language.En).Select(b => b.Name));
    }

    [Fact]
    public void A_bundle_holds_at_least_half_the_target_and_less_than_twice_it_plus_one_plan()
    {
        var bundles = SearchBundles.Of(Plans(500), 1000).All.Where(b => b.Lang == Language.Ja).ToList();
        Assert.All(bundles.SkipLast(1), b => Assert.InRange(b.Pages, 500, 2000));
        Assert.InRange(bundles.Count, 500 * 100 / 2000, 500 * 100 / 500);
    }

    [Fact]
    public void One_plan_added_removed_or_grown_remakes_few_bundles()
    {
        var plans = Plans(400);
        var before = Names(plans);
        var added = plans.Take(200).Append(("0199-new-plan", 100)).Concat(plans.Skip(200)).ToList();
        var removed = plans.Where((_, i) => i != 200).ToList();
        var grown = plans.Select((p, i) => i == 200 ? (p.Key, 180) : p).ToList();
        // (Which bundles hold other plans than before: those are made again under a new name.)
        Assert.InRange(Names(added).Except(before).Count(), 1, 3);
        Assert.InRange(Names(removed).Except(before).Count(), 1, 3);
        Assert.InRange(Names(grown).Except(before).Count(), 0, 3);
    }

    [Fact]
    public void Plans_without_nodes_make_no_bundle()
    {
        var bundles = SearchBundles.Of([("a", 0), ("b", 0)], 10);
        Assert.Empty(bundles.All);
    }

    [Fact]
    public void The_same_plans_give_the_same_bundles() =>
        Assert.Equal(Names(Plans(300)), Names(Plans(300)));

    private static List<string> Names(List<(string Key, int Nodes)> plans) => SearchBundles.Of(plans, 1000).All.Where(b => b.Lang == Language.Ja).Select(b => b.Folder).ToList();

    private static string SiteFolder(Language lang, string name) => $"pagefind/{lang.Code}/{name}/";
}
