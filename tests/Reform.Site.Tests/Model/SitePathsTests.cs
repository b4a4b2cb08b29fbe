using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Tests.Model;

public sealed class SitePathsTests
{
    private const string Plan = "012131-tomakomai-gyosei-sokaku";

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void Each_page_has_its_path_in_each_language(string code)
    {
        var lang = Language.Parse(code);
        Assert.Equal($"{code}/", SitePaths.Home(lang));
        Assert.Equal($"{code}/about/", SitePaths.Content(lang, "about"));
        Assert.Equal($"{code}/search/", SitePaths.Search(lang));
        Assert.Equal($"{code}/downloads/", SitePaths.Downloads(lang));
        Assert.Equal($"{code}/accessibility-results/", SitePaths.AccessibilityResults(lang));
        Assert.Equal($"{code}/themes/", SitePaths.Topics(lang));
        Assert.Equal($"{code}/themes/digital/", SitePaths.Topic(lang, "digital"));
        Assert.Equal($"{code}/themes/digital/", SitePaths.Topic(lang, "digital", 1));
        Assert.Equal($"{code}/themes/digital/page/2/", SitePaths.Topic(lang, "digital", 2));
        Assert.Equal($"{code}/plans/{Plan}/", SitePaths.Plan(lang, Plan));
        Assert.Equal($"{code}/plans/{Plan}/p1-i1/", SitePaths.Node(lang, Plan, "p1-i1"));
        Assert.Equal($"{code}/plans/{Plan}/departments/", SitePaths.PlanDepartments(lang, Plan));
        Assert.Equal($"{code}/plans/{Plan}/departments/somu/", SitePaths.PlanDepartment(lang, Plan, "somu"));
        Assert.Equal($"{code}/plans/{Plan}/downloads/", SitePaths.PlanDownloads(lang, Plan));
        Assert.Equal($"{code}/plans/{Plan}/changes/", SitePaths.PlanChanges(lang, Plan));
        Assert.Equal($"{code}/plans/{Plan}/changes/#note-2026-12-06-2", SitePaths.PlanChangeNote(lang, Plan, SitePaths.ChangeNoteAnchor("2026-12-06", 1)));
        Assert.Equal($"{code}/feed.xml", SitePaths.Feed(lang));
        Assert.Equal($"{code}/changes.xml", SitePaths.ChangesFeed(lang));
    }

    [Fact]
    public void The_site_wide_files_are_at_the_root()
    {
        Assert.Equal("", SitePaths.Root);
        Assert.Equal("404.html", SitePaths.NotFound);
        Assert.Equal("catalog.jsonld", SitePaths.Catalog);
        Assert.Equal("sitemap.xml", SitePaths.Sitemap);
        Assert.Equal("sitemap-3.xml", SitePaths.SitemapPart(3));
        Assert.Equal("robots.txt", SitePaths.Robots);
        Assert.Equal("assets/site.css", SitePaths.Stylesheet);
        Assert.Equal("pagefind/pagefind-ui.js", SitePaths.SearchUiScript);
        Assert.Equal("pagefind/pagefind-ui.css", SitePaths.SearchUiStylesheet);
    }

    [Fact]
    public void The_download_files_are_a_data_folder_inside_downloads()
    {
        Assert.Equal("downloads/themes.csv", SitePaths.Download(SitePaths.TopicsTable));
        Assert.Equal($"downloads/plans/{Plan}/plan.json", SitePaths.Download(SitePaths.PlanDataFile(Plan, "plan.json")));
        Assert.Equal($"downloads/plans/{Plan}/nodes.csv", SitePaths.Download(SitePaths.PlanDataFile(Plan, "nodes.csv")));
        Assert.Equal($"downloads/{Plan}-flat-en.csv", SitePaths.Download(SitePaths.PlanFlatTable(Plan, Language.En)));
        Assert.Equal($"downloads/{Plan}.json", SitePaths.Download(SitePaths.PlanJson(Plan)));
        Assert.Equal($"downloads/{Plan}.xlsx", SitePaths.Download(SitePaths.PlanWorkbook(Plan)));
        Assert.Equal($"downloads/{Plan}.zip", SitePaths.Download(SitePaths.PlanZip(Plan)));
        Assert.Equal("downloads/all-flat-ja.csv", SitePaths.Download(SitePaths.AllFlatTable(Language.Ja)));
        Assert.Equal("downloads/all.json", SitePaths.Download(SitePaths.AllJson));
        Assert.Equal("downloads/all.xlsx", SitePaths.Download(SitePaths.AllWorkbook));
        Assert.Equal("downloads/datapackage.json", SitePaths.Download(SitePaths.DataPackage));
        Assert.Equal("downloads/reform-site-data.zip", SitePaths.Download(SitePaths.AllZip));
    }

    [Fact]
    public void A_download_is_shown_by_its_path_inside_downloads_even_when_a_key_holds_the_folder_name()
    {
        Assert.Equal("plans/012131-downloads/nodes.csv", SitePaths.InDownloads("downloads/plans/012131-downloads/nodes.csv"));
        Assert.Equal("all.json", SitePaths.InDownloads(SitePaths.Download(SitePaths.AllJson)));
    }

    [Theory]
    [InlineData("", "ja/", "ja/")]
    [InlineData("", "", "./")]
    [InlineData("ja/", "", "../")]
    [InlineData("ja/plans/k/p1/", "ja/themes/", "../../../../ja/themes/")]
    [InlineData("ja/plans/k/p1/", "assets/site.css", "../../../../assets/site.css")]
    [InlineData("404.html", "en/", "en/")]
    public void Links_are_relative_to_the_page(string from, string to, string link) =>
        Assert.Equal(link, SitePaths.Relative(from, to));

    [Theory]
    [InlineData("https://example.org/site")]
    [InlineData("https://example.org/site/")]
    public void Absolute_urls_join_the_base_url_with_one_slash(string baseUrl) =>
        Assert.Equal("https://example.org/site/ja/feed.xml", SitePaths.Absolute(baseUrl, SitePaths.Feed(Language.Ja)));

    /// <summary>Every path the site can have, for the given ids, each with what made it. Ids are
    /// kept to those validation lets through: any slug, but a node or a content page not named
    /// after a reserved folder, and a plan key that starts with its municipality code.</summary>
    private static IEnumerable<(string Path, string Kind)> Everything(IReadOnlyList<string> ids)
    {
        var slugs = ids.Where(Ids.IsSlug).Distinct().ToList();
        var nodes = slugs.Where(s => !PageFolders.InPlan.Contains(s)).ToList();
        var contents = slugs.Where(s => !PageFolders.InLanguage.Contains(s)).ToList();
        var keys = slugs.SelectMany(s => new[] { $"012131-{s}", $"041009-{s}" }).ToList();
        yield return (SitePaths.Root, "root");
        yield return (SitePaths.NotFound, "404");
        yield return (SitePaths.Catalog, "catalog");
        yield return (SitePaths.Sitemap, "sitemap");
        for (var n = 1; n <= 3; n++) yield return (SitePaths.SitemapPart(n), $"sitemap part {n}");
        yield return (SitePaths.Robots, "robots");
        yield return (SitePaths.Stylesheet, "stylesheet");
        yield return (SitePaths.SearchUiScript, "search UI script");
        yield return (SitePaths.SearchUiStylesheet, "search UI stylesheet");
        string[] allFiles = [SitePaths.TopicsTable, SitePaths.AllJson, SitePaths.AllWorkbook, SitePaths.DataPackage, SitePaths.AllZip, SitePaths.AllFlatTable(Language.Ja), SitePaths.AllFlatTable(Language.En)];
        foreach (var file in allFiles) yield return (SitePaths.Download(file), $"download {file}");
        foreach (var key in keys)
        {
            foreach (var table in new[] { "plan.json", "nodes.csv", "texts.csv" }) yield return (SitePaths.Download(SitePaths.PlanDataFile(key, table)), $"download {key} {table}");
            foreach (var lang in Language.All) yield return (SitePaths.Download(SitePaths.PlanFlatTable(key, lang)), $"download {key} flat {lang}");
            yield return (SitePaths.Download(SitePaths.PlanJson(key)), $"download {key} json");
            yield return (SitePaths.Download(SitePaths.PlanWorkbook(key)), $"download {key} xlsx");
            yield return (SitePaths.Download(SitePaths.PlanZip(key)), $"download {key} zip");
        }
        foreach (var lang in Language.All)
        {
            yield return (SitePaths.Home(lang), $"home {lang}");
            yield return (SitePaths.Search(lang), $"search {lang}");
            yield return (SitePaths.Downloads(lang), $"downloads {lang}");
            yield return (SitePaths.Topics(lang), $"topics {lang}");
            yield return (SitePaths.AccessibilityResults(lang), $"accessibility results {lang}");
            yield return (SitePaths.Feed(lang), $"feed {lang}");
            yield return (SitePaths.ChangesFeed(lang), $"changes feed {lang}");
            foreach (var slug in contents) yield return (SitePaths.Content(lang, slug), $"content {lang} {slug}");
            foreach (var topic in slugs)
                for (var page = 1; page <= 3; page++) yield return (SitePaths.Topic(lang, topic, page), $"topic {lang} {topic} page {page}");
            foreach (var key in keys)
            {
                yield return (SitePaths.Plan(lang, key), $"plan {lang} {key}");
                yield return (SitePaths.PlanDepartments(lang, key), $"departments {lang} {key}");
                yield return (SitePaths.PlanDownloads(lang, key), $"plan downloads {lang} {key}");
                yield return (SitePaths.PlanChanges(lang, key), $"changes {lang} {key}");
                foreach (var node in nodes) yield return (SitePaths.Node(lang, key, node), $"node {lang} {key} {node}");
                foreach (var department in slugs) yield return (SitePaths.PlanDepartment(lang, key, department), $"department {lang} {key} {department}");
            }
        }
    }

    [Fact]
    public void No_two_pages_or_files_share_a_path_for_ids_that_validate()
    {
        // The ids tried are sample ones and every name the site's own paths use, so a new page
        // kind whose folder is not reserved in PageFolders collides here with a node or a page.
        string[] samples = ["p1", "p1-i1", "about", "digital", "somu", "page", "2", "index", "feed", "all", "flat", "ja", "en"];
        var names = Everything(samples).SelectMany(p => p.Path.Split('/', '.', '#')).Where(s => s.Length > 0);
        var ids = samples.Concat(names).Concat(PageFolders.InLanguage).Concat(PageFolders.InPlan).Distinct(StringComparer.Ordinal).ToList();
        var clashes = Everything(ids).GroupBy(p => p.Path, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(" | ", g.Select(p => p.Kind))}").Take(10).ToList();
        Assert.True(clashes.Count == 0, "Paths made by more than one page or file:\n" + string.Join("\n", clashes));
        Assert.Contains(ids, id => PageFolders.InPlan.Contains(id)); // the reserved names were tried (and kept away from nodes)
    }

    [Fact]
    public void Without_the_reserved_names_a_node_or_a_content_page_would_overwrite_the_sites_own()
    {
        Assert.Equal(SitePaths.PlanDepartments(Language.Ja, Plan), SitePaths.Node(Language.Ja, Plan, PageFolders.Departments));
        Assert.Equal(SitePaths.PlanDownloads(Language.Ja, Plan), SitePaths.Node(Language.Ja, Plan, PageFolders.Downloads));
        Assert.Equal(SitePaths.PlanChanges(Language.Ja, Plan), SitePaths.Node(Language.Ja, Plan, PageFolders.Changes));
        Assert.Equal(SitePaths.Search(Language.En), SitePaths.Content(Language.En, PageFolders.Search));
        Assert.Equal(SitePaths.Downloads(Language.En), SitePaths.Content(Language.En, PageFolders.Downloads));
        Assert.Equal(SitePaths.Topics(Language.En), SitePaths.Content(Language.En, PageFolders.Topics));
    }

    [Fact]
    public void A_rating_level_is_named_by_its_code_where_that_is_a_safe_unique_slug_else_by_its_place()
    {
        var grade = new RatingScale("g", ScaleKind.Ordinal, [
            new("A", "Ａ", 1, LocalizedText.Of("A")), new("excellent", "◎", 2, LocalizedText.Of("◎")),
            new("◎", "◎", 3, LocalizedText.Of("◎")), new("b", "b", 4, LocalizedText.Of("b")), new("B", "B", 5, LocalizedText.Of("B")), new("2", "2", 6, LocalizedText.Of("2"))], null, null, 0);

        Assert.Equal(["a", "excellent", "3", "4", "5", "6"], grade.Levels.Select(l => SitePaths.LevelSegment(grade, l)));
        Assert.Equal("ja/plans/x/ratings/overall/3/a/", SitePaths.PlanRatingLevel(Language.Ja, "x", "overall", 3, grade, grade.Levels[0]));
    }

    [Theory]
    [InlineData("https://example.org/reform/", "/reform/")]
    [InlineData("https://example.org", "/")]
    [InlineData("https://city.example.jp/a/b", "/a/b/")]
    public void Root_relative_links_start_from_the_base_urls_path(string baseUrl, string root) => Assert.Equal(root, SitePaths.RootPath(baseUrl));
}
