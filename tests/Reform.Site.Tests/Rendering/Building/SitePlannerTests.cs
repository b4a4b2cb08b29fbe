using Reform.Site.Changes;
using Reform.Site.Content;
using Reform.Site.Datasets;
using Reform.Site.Diagnostics;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Pipeline;
using Reform.Site.Rendering;
using Reform.Site.Rendering.Building;
using Reform.Site.Rendering.Views;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Rendering.Building;

/// <summary>The pages planned for the good fixture (one plan: p1 → p1-i1 → p1-i1-a, p1-i1-b,
/// and p2; departments zaisei and johou; themes finance and digital) with two content pages,
/// one of them about the plan and only in Japanese.</summary>
public sealed class SitePlannerTests
{
    private const string Key = "012131-sample-plan";

    private static readonly Lazy<DataSet> Good = new(() => DataLoader.Load(RepoPaths.GoodData).DataSet);

    private static readonly Lazy<SiteTheme> Theme = new(() => SiteTheme.Load(RepoPaths.Theme, new DiagnosticBag())!);

    private static readonly IReadOnlyList<ContentPage> Content =
    [
        new("about", Language.Ja, "このサイトについて", "<p>概要</p>", null, false),
        new("about", Language.En, "About this site", "<p>About</p>", null, false),
        new("sample", Language.Ja, "見本市の計画について", "<p>見本市</p>", Key, false),
        new("sample", Language.En, "見本市の計画について", "<p>見本市</p>", Key, true),
    ];

    private static List<PageSpec> Plan(DataSet? data = null, int topicPageSize = TopicPagesBuilder.DefaultPageSize,
        Func<IReadOnlyList<DatasetFile>>? datasets = null, Func<IReadOnlyList<ChangeHistory.Publication>>? history = null) =>
        SitePlanner.Plan(data ?? Good.Value, Content, Theme.Value, datasets ?? (() => []), "https://example.org/site/", history ?? (() => []), topicPageSize).ToList();

    private static PageSpec Page(IEnumerable<PageSpec> pages, string path) => Assert.Single(pages, p => p.Path == path);

    /// <summary>The pages of one language, in order, with their layouts.</summary>
    private static string[] LanguagePages(string lang) =>
    [
        $"{lang}/ home",
        $"{lang}/about/ content",
        $"{lang}/sample/ content",
        $"{lang}/search/ search",
        $"{lang}/downloads/ downloads",
        $"{lang}/by-rating/ ratings-across",
        $"{lang}/themes/ topics",
        $"{lang}/themes/finance/ topic",
        $"{lang}/themes/digital/ topic",
        $"{lang}/plans/{Key}/departments/ departments",
        $"{lang}/plans/{Key}/departments/zaisei/ department",
        $"{lang}/plans/{Key}/departments/johou/ department",
        $"{lang}/plans/{Key}/ratings/ ratings",
        $"{lang}/plans/{Key}/ratings/overall/3/a/ rating-level",
        $"{lang}/plans/{Key}/ratings/overall/3/b/ rating-level",
        $"{lang}/plans/{Key}/downloads/ downloads",
        $"{lang}/plans/{Key}/changes/ changes",
        $"{lang}/plans/{Key}/ plan",
        $"{lang}/plans/{Key}/p1/ node",
        $"{lang}/plans/{Key}/p1-i1/ node",
        $"{lang}/plans/{Key}/p1-i1-a/ node",
        $"{lang}/plans/{Key}/p1-i1-b/ node",
        $"{lang}/plans/{Key}/p2/ node",
    ];

    [Fact]
    public void A_small_plan_gets_these_pages_in_this_order_in_both_languages()
    {
        var pages = Plan();

        Assert.Equal([" root", "404.html 404", .. LanguagePages("ja"), .. LanguagePages("en")], pages.Select(p => $"{p.Path} {p.Layout}"));
        Assert.All(pages.Skip(2), p => Assert.StartsWith(p.Lang + "/", p.Path, StringComparison.Ordinal));
        Assert.Equal(["index.html", "404.html"], pages.Take(2).Select(p => p.OutputFile));
    }

    [Fact]
    public void Each_page_names_the_same_page_in_the_other_language()
    {
        var pages = Plan();
        var paths = pages.Select(p => p.Path).ToHashSet();

        Assert.All(pages.Take(2), p => Assert.Null(p.AlternatePath));
        Assert.All(pages.Skip(2), p =>
        {
            var other = p.Lang.Other;
            Assert.Equal(other + p.Path[2..], p.AlternatePath);
            Assert.Contains(p.AlternatePath!, paths);
        });
    }

    [Fact]
    public void The_accessibility_results_page_is_planned_in_both_languages_when_the_content_has_results()
    {
        var results = new AccessibilityResults
        {
            Date = "2026-12-06",
            AxeVersion = "4.10.3",
            ChromiumVersion = "131.0.6778.204",
            Pages = ["ja/", "en/"],
            Criteria = [new("1.1.1", "A", true, CriterionOutcome.Pass)],
        };
        var pages = SitePlanner.Plan(Good.Value, Content, Theme.Value, () => [], "https://example.org/site/", () => [], accessibility: results).ToList();

        foreach (var (lang, other, title) in new[] { ("ja", "en", "アクセシビリティの試験結果（自動試験）"), ("en", "ja", "Accessibility test results (automated)") })
        {
            var page = Page(pages, $"{lang}/accessibility-results/");
            Assert.Equal(("accessibility-results", $"{other}/accessibility-results/", title), (page.Layout, page.AlternatePath, page.Title));
            var view = Assert.IsType<AccessibilityResultsView>(page.Model());
            Assert.Equal(["https://example.org/site/ja/", "https://example.org/site/en/"], view.Pages);
            Assert.Equal(new CriterionRowView("1.1.1", "A", "yes", "pass"), Assert.Single(view.Criteria));
        }
        // Without results (the plan above), there is no such page.
        Assert.DoesNotContain(Plan(), p => p.Layout == "accessibility-results");
    }

    [Fact]
    public void Titles_name_the_page_and_on_a_plans_pages_the_city()
    {
        var pages = Plan();

        Assert.Equal("行財政改革オープンデータ", Page(pages, "ja/").Title);
        Assert.Equal("Administrative Reform Open Data", Page(pages, "en/").Title);
        Assert.Equal("見本市の計画について", Page(pages, "en/sample/").Title);
        Assert.Equal("財政運営", Page(pages, "ja/themes/finance/").Title);
        Assert.Equal("Digital and ICT", Page(pages, "en/themes/digital/").Title);
        Assert.Equal("見本市：見本市行財政改革プラン", Page(pages, $"ja/plans/{Key}/").Title);
        Assert.Equal("Sample City: Sample City Reform Plan", Page(pages, $"en/plans/{Key}/").Title);
        Assert.Equal("①　事務事業の見直し｜見本市", Page(pages, $"ja/plans/{Key}/p1-i1-a/").Title);
        Assert.Equal("(1) Reviewing spending | Sample City", Page(pages, $"en/plans/{Key}/p1-i1/").Title);
        Assert.Equal("担当部署の一覧｜見本市", Page(pages, $"ja/plans/{Key}/departments/").Title);
        Assert.Equal("Finance Division | Sample City", Page(pages, $"en/plans/{Key}/departments/zaisei/").Title);
        Assert.Equal("Changes and corrections | Sample City", Page(pages, $"en/plans/{Key}/changes/").Title);
        Assert.Equal("評価ごとの取組一覧｜見本市", Page(pages, $"ja/plans/{Key}/ratings/").Title);
        Assert.Equal("令和3年度（2021年度）の総合評価がＢの取組｜見本市", Page(pages, $"ja/plans/{Key}/ratings/overall/3/b/").Title);
    }

    [Fact]
    public void Pages_that_need_what_the_build_makes_come_last_and_pages_of_one_plan_name_it()
    {
        var pages = Plan();

        Assert.Equal(
            ["ja/downloads/", $"ja/plans/{Key}/downloads/", $"ja/plans/{Key}/changes/", "en/downloads/", $"en/plans/{Key}/downloads/", $"en/plans/{Key}/changes/"],
            pages.Where(p => p.RenderLast).Select(p => p.Path));
        // The changes page depends on the history, not on the plan alone.
        Assert.Equal(
            ["departments/", "departments/zaisei/", "departments/johou/", "ratings/", "ratings/overall/3/a/", "ratings/overall/3/b/", "downloads/", "", "p1/", "p1-i1/", "p1-i1-a/", "p1-i1-b/", "p2/"],
            pages.Where(p => p.Lang == Language.Ja && p.PlanKey == Key).Select(p => p.Path[$"ja/plans/{Key}/".Length..]));
        Assert.All(pages.Where(p => p.PlanKey is not null), p => Assert.Equal(Key, p.PlanKey));
    }

    [Fact]
    public void Planning_asks_for_neither_the_downloads_nor_the_history_until_their_pages_are_made()
    {
        var (downloadsAsked, historyAsked) = (0, 0);
        var pages = Plan(datasets: () => { downloadsAsked++; return []; }, history: () => { historyAsked++; return []; });

        Assert.Equal((0, 0), (downloadsAsked, historyAsked));
        Assert.IsType<DownloadsView>(Page(pages, $"ja/plans/{Key}/downloads/").Model());
        Assert.IsType<ChangesView>(Page(pages, $"en/plans/{Key}/changes/").Model());
        Assert.Equal((1, 1), (downloadsAsked, historyAsked));
    }

    [Fact]
    public void Node_pages_follow_the_reading_order_not_the_row_order_and_link_their_neighbours_in_it()
    {
        using var temp = new TempDir();
        var dataDir = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, dataDir);
        var nodes = Path.Combine(dataDir, "plans", Key, "nodes.csv");
        var rows = File.ReadAllLines(nodes);
        // The rows upside down: p2, p1-i1-b, p1-i1-a, p1-i1, p1.
        File.WriteAllLines(nodes, [rows[0], .. rows[1..].Reverse()]);
        var pages = Plan(DataLoader.Load(dataDir).DataSet);
        (string?, string?) Neighbours(string id)
        {
            var view = Assert.IsType<NodeView>(Page(pages, $"en/plans/{Key}/{id}/").Model());
            return (view.Previous?.Path, view.Next?.Path);
        }

        Assert.Equal(["p2", "p1", "p1-i1", "p1-i1-b", "p1-i1-a"],
            pages.Where(p => p.Layout == "node" && p.Lang == Language.En).Select(p => p.Path[$"en/plans/{Key}/".Length..].TrimEnd('/')));
        Assert.Equal((null, $"en/plans/{Key}/p1/"), Neighbours("p2"));
        Assert.Equal(($"en/plans/{Key}/p1-i1/", $"en/plans/{Key}/p1-i1-a/"), Neighbours("p1-i1-b"));
        Assert.Equal(($"en/plans/{Key}/p1-i1-b/", null), Neighbours("p1-i1-a"));
    }

    [Fact]
    public void Content_pages_show_their_html_and_the_plan_they_name_and_only_the_others_are_listed_at_home()
    {
        var pages = Plan();

        var sample = Assert.IsType<ContentView>(Page(pages, "en/sample/").Model());
        Assert.Equal(("<p>見本市</p>", Key, true), (sample.Html, sample.Plan?.Key, sample.Fallback));
        Assert.Null(Assert.IsType<ContentView>(Page(pages, "ja/about/").Model()).Plan);
        var home = Assert.IsType<HomeView>(Page(pages, "ja/").Model());
        Assert.Equal([("このサイトについて", "ja/about/")], home.Pages.Select(l => (l.Title.Text, l.Path)));
        Assert.Equal([Key], home.Plans.Select(c => c.Key));
    }

    [Fact]
    public void With_two_plans_and_topics_of_one_city_a_page_no_two_pages_share_an_output_file()
    {
        var good = Good.Value;
        var other = good.Plans[0] with { Key = "012132-other-plan", Departments = [] };
        var data = good with
        {
            Plans = [.. good.Plans, other],
            Topics = [.. good.Topics, new Topic("empty", LocalizedText.Of("空", "Empty"), null, PlanModels.Row)],
        };

        var pages = Plan(data, topicPageSize: 1);

        Assert.Equal(2 + 2 * 37, pages.Count); // each plan: 3 pages of lists by rating; the lists across plans
        Assert.Equal(pages.Count, pages.Select(p => p.OutputFile).Distinct().Count());
        Assert.Equal(
            ["ja/themes/finance/", "ja/themes/finance/page/2/", "ja/themes/digital/", "ja/themes/digital/page/2/", "ja/themes/empty/"],
            pages.Where(p => p.Layout == "topic" && p.Lang == Language.Ja).Select(p => p.Path));
        Assert.Equal("財政運営（2/2ページ）", Page(pages, "ja/themes/finance/page/2/").Title);
        Assert.Equal("Fiscal management (page 2 of 2)", Page(pages, "en/themes/finance/page/2/").Title);
        Assert.Equal("en/themes/finance/page/2/", Page(pages, "ja/themes/finance/page/2/").AlternatePath);
        Assert.DoesNotContain(pages, p => p.Path.StartsWith("ja/plans/012132-other-plan/departments/", StringComparison.Ordinal));
        Assert.Equal(5, pages.Count(p => p.Layout == "node" && p.PlanKey == "012132-other-plan" && p.Lang == Language.En));
    }
}
