using System.Security.Cryptography;
using System.Text;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering;

namespace Reform.Site.Search;

/// <summary>One Pagefind bundle of node pages: those of a run of consecutive plans in one
/// language, in its own folder (<see cref="SitePaths.SearchBundle"/>), named by the language and
/// its plans. The search page merges it into the site's main bundle at query time.</summary>
internal sealed record SearchBundle(Language Lang, string Name, IReadOnlyList<string> Plans, int Pages)
{
    public string Folder => SitePaths.SearchBundle(Lang, Name);
}

/// <summary>How the search index is split: the main bundle (<c>pagefind/</c>: the content pages
/// and each plan's overview, in both languages, made again by every build that changes a page)
/// and a bundle per language for each run of plans, holding their node pages.</summary>
/// <remarks>
/// <para>Why split: one Pagefind process per language held the whole index in memory (3 GB for
/// the Japanese pages at 10,000 initiatives) and wrote all of it again after any change. A bundle
/// of a few thousand pages is indexed and written as soon as its last page has rendered, by its
/// own process, which then ends; and a bundle whose plans did not change is kept from the last
/// build as it is (its folder name says which plans it holds).</para>
/// <para>Which plans share a bundle must not move when one plan changes, or one change would
/// make many bundles again: a run of plans ends at a plan whose key hashes to 0 (one in
/// <see cref="Spread"/>) once the run holds half the target number of pages, and at twice the
/// target in any case. So the runs depend on the plans' keys and sizes only, the same for a
/// fresh build and a rebuild, and adding, removing or resizing one plan moves the edges of its
/// own run and rarely of the next.</para>
/// <para>The main bundle holds what every language's search page loads first (Pagefind's scripts
/// load from it); it always has pages, since every plan has an overview.</para>
/// </remarks>
internal sealed class SearchBundles
{
    /// <summary>The default target of node pages per bundle (and language). Measured in
    /// docs/performance.md: it bounds a Pagefind process's memory and what a one-plan rebuild
    /// indexes again, against how many bundles the search page loads.</summary>
    public const int DefaultTargetPages = 2000;

    private const int Spread = 4;

    private readonly Dictionary<(Language Lang, string Plan), SearchBundle> _byPlan = [];

    private SearchBundles(IReadOnlyList<SearchBundle> all)
    {
        All = all;
        foreach (var bundle in all)
            foreach (var plan in bundle.Plans) _byPlan[(bundle.Lang, plan)] = bundle;
    }

    /// <summary>Every bundle, by language then in plan order.</summary>
    public IReadOnlyList<SearchBundle> All { get; }

    /// <summary>The bundles of plans in <paramref name="plans"/> order, each plan given with its number
    /// of node pages per language. A run without node pages gets no bundle.</summary>
    public static SearchBundles Of(IReadOnlyList<(string Key, int Nodes)> plans, int targetPages)
    {
        var runs = new List<List<(string Key, int Nodes)>>();
        var run = new List<(string Key, int Nodes)>();
        var pages = 0;
        foreach (var plan in plans)
        {
            run.Add(plan);
            pages += plan.Nodes;
            if (pages >= 2L * targetPages || (pages * 2L >= targetPages && EndsRun(plan.Key)))
            {
                runs.Add(run);
                (run, pages) = ([], 0);
            }
        }
        if (run.Count > 0) runs.Add(run);
        var bundles = Language.All.SelectMany(lang => runs.Where(r => r.Sum(p => p.Nodes) > 0)
            .Select(r => new SearchBundle(lang, NameOf(r.Select(p => p.Key)), r.Select(p => p.Key).ToList(), r.Sum(p => p.Nodes))));
        return new SearchBundles(bundles.ToList());
    }

    /// <summary>The bundles of a site's plans, each counted by its nodes.</summary>
    public static SearchBundles Of(IEnumerable<Plan> plans, int targetPages) =>
        Of(plans.Select(p => (p.Key, p.Index.InReadingOrder().Count())).ToList(), targetPages);

    /// <summary>The bundle a page goes to: a node page to its plan's bundle; null for the main
    /// bundle (content pages and plan overviews) or a page that is not searched for.</summary>
    public SearchBundle? BundleOf(PageSpec page) =>
        page.Layout == "node" && page.PlanKey is { } key && _byPlan.TryGetValue((page.Lang, key), out var bundle) ? bundle : null;

    /// <summary>The folders of a language's bundles, for its search page to merge.</summary>
    public IReadOnlyList<string> Folders(Language lang) => All.Where(b => b.Lang == lang).Select(b => b.Folder).ToList();

    private static bool EndsRun(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key))[0] % Spread == 0;

    private static string NameOf(IEnumerable<string> keys) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", keys))))[..12];
}
