using Reform.Site.Localization;
using Reform.Site.Output;

namespace Reform.Site.Model;

/// <summary>Every path of the site, from its root: the pages, the feeds and other machine-facing
/// files, and the downloads. The page planner writes a page where this says, and every link to
/// it (other pages' views, the templates through <c>paths</c>, the feeds, the sitemap, the linked
/// data) asks here too, so a link cannot point beside its page. It also turns a path into the
/// links pages use: relative (<c>../../ja/</c>), so the site works at any base path and from the
/// file system, or absolute under the configured base URL, for canonical URLs.</summary>
/// <remarks>It sits in Model, next to <see cref="PageFolders"/> whose reserved names it builds
/// the paths from: Datasets (the linked data and the download files) and Rendering both come
/// later and use it. Page paths end in a slash (the file is <c>index.html</c> below it). No two
/// kinds of page can share a path for ids that pass validation: a node, a content page or a
/// topic is one segment deep where its neighbours are, and validation refuses a node or content
/// page named after one of <see cref="PageFolders"/>' folders. A plan's download names cannot meet
/// the all-plans ones either: a plan key starts with its municipality code (six digits).</remarks>
internal static class SitePaths
{
    /// <summary>The language chooser.</summary>
    public const string Root = "";

    public const string NotFound = "404.html";

    public static string Home(Language lang) => $"{lang}/";

    /// <summary>A markdown page from <c>content/{lang}/{slug}.md</c>.</summary>
    public static string Content(Language lang, string slug) => $"{lang}/{slug}/";

    public static string Search(Language lang) => $"{lang}/{PageFolders.Search}/";

    /// <summary>The downloads page of all plans.</summary>
    public static string Downloads(Language lang) => $"{lang}/{PageFolders.Downloads}/";

    /// <summary>The results of the automated accessibility checks, made from
    /// <c>content/accessibility-results.json</c> when the content has it.</summary>
    public static string AccessibilityResults(Language lang) => $"{lang}/{PageFolders.AccessibilityResults}/";

    public static string Topics(Language lang) => $"{lang}/{PageFolders.Topics}/";

    /// <summary>Every plan's lists by rating, on one page.</summary>
    public static string Ratings(Language lang) => $"{lang}/{PageFolders.ByRating}/";

    /// <summary>A topic's page <paramref name="page"/> (from 1): it lists its cities a page at a time.</summary>
    public static string Topic(Language lang, string id, int page = 1) => ListPage($"{Topics(lang)}{id}/", page);

    /// <summary>Page <paramref name="number"/> of a list whose first page is
    /// <paramref name="listPath"/>: as Hugo's paginator, page 1 at the list's own path and page n
    /// at <c>page/n/</c> below it.</summary>
    public static string ListPage(string listPath, int number) => number == 1 ? listPath : $"{listPath}page/{number}/";

    public static string Plan(Language lang, string key) => $"{lang}/{PageFolders.Plans}/{key}/";

    public static string Node(Language lang, string key, string id) => $"{Plan(lang, key)}{id}/";

    public static string PlanDepartments(Language lang, string key) => $"{Plan(lang, key)}{PageFolders.Departments}/";

    public static string PlanDepartment(Language lang, string key, string id) => $"{PlanDepartments(lang, key)}{id}/";

    public static string PlanDownloads(Language lang, string key) => $"{Plan(lang, key)}{PageFolders.Downloads}/";

    /// <summary>A plan's rated nodes, listed by their latest rating on each assessment.</summary>
    public static string PlanRatings(Language lang, string key) => $"{Plan(lang, key)}{PageFolders.Ratings}/";

    /// <summary>The nodes at one depth of the hierarchy with one level of one assessment, in its
    /// latest year (「総合評価がＣの実践項目」).</summary>
    public static string PlanRatingLevel(Language lang, string key, string assessmentId, int depth, RatingScale scale, ScaleLevel level) =>
        $"{PlanRatings(lang, key)}{assessmentId}/{depth.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{LevelSegment(scale, level)}/";

    /// <summary>A level's part of a path: its code in lower case where that is a slug no other
    /// level of the scale shares (<c>c</c>, <c>excellent</c>), else its place in the scale
    /// (a code may be 「◎」 or differ from another only by case).</summary>
    public static string LevelSegment(RatingScale scale, ScaleLevel level)
    {
        var code = level.Code.ToLowerInvariant();
        var unique = scale.Levels.Count(l => string.Equals(l.Code, level.Code, StringComparison.OrdinalIgnoreCase)) == 1;
        return unique && Ids.IsSlug(code) && !int.TryParse(code, System.Globalization.CultureInfo.InvariantCulture, out _) ? code : level.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string PlanChanges(Language lang, string key) => $"{Plan(lang, key)}{PageFolders.Changes}/";

    /// <summary>The anchor of a change note on the changes page: its day, and after the first
    /// note of a day its place that day (<c>note-2026-12-06</c>, <c>note-2026-12-06-2</c>).</summary>
    public static string ChangeNoteAnchor(string date, int sameDayIndex) =>
        sameDayIndex == 0 ? $"note-{date}" : $"note-{date}-{(sameDayIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>A change note on its plan's changes page, which the changes feed links.</summary>
    public static string PlanChangeNote(Language lang, string key, string anchor) => $"{PlanChanges(lang, key)}#{anchor}";

    /// <summary>The Atom feed of published reports.</summary>
    public static string Feed(Language lang) => $"{lang}/feed.xml";

    /// <summary>The Atom feed of corrections to the data.</summary>
    public static string ChangesFeed(Language lang) => $"{lang}/changes.xml";

    /// <summary>The DCAT catalogue of every plan's datasets.</summary>
    public const string Catalog = "catalog.jsonld";

    /// <summary>The sitemap, or the index over its parts when the site is larger than one may list.</summary>
    public const string Sitemap = "sitemap.xml";

    public static string SitemapPart(int number) => $"sitemap-{number}.xml";

    public const string Robots = "robots.txt";

    /// <summary>Made by <see cref="StylesheetBundle"/>, a stage below this one, which therefore names it.</summary>
    public const string Stylesheet = StylesheetBundle.OutputPath;

    /// <summary>The site's icon, a static file of the theme (<c>theme/static/assets/favicon.svg</c>).</summary>
    public const string Favicon = "assets/favicon.svg";

    /// <summary>The site's small script, a static file of the theme (<c>theme/static/assets/site.js</c>):
    /// enhancements only, every page works without it.</summary>
    public const string SiteScript = "assets/site.js";

    /// <summary>The folder Pagefind writes its index and its search UI into.</summary>
    public const string SearchIndexFolder = "pagefind";

    public const string SearchUiScript = $"{SearchIndexFolder}/pagefind-ui.js";

    public const string SearchUiStylesheet = $"{SearchIndexFolder}/pagefind-ui.css";

    /// <summary>The folder of one bundle of the split search index (Search/SearchBundles): a
    /// language's node pages of a run of plans, named by a hash of the plans' keys.</summary>
    public static string SearchBundle(Language lang, string name) => $"{SearchIndexFolder}/{lang}/{name}/";

    /// <summary>The folder of the download files. The names below are paths inside it, which are
    /// also the paths in its data package and in the ZIPs: <c>downloads/</c> is itself a data
    /// folder, so a plan's canonical tables keep their place in one (<c>plans/{key}/</c>).</summary>
    public const string DownloadFiles = "downloads/";

    /// <summary>The site path of <paramref name="name"/>, a path inside <see cref="DownloadFiles"/>.</summary>
    public static string Download(string name) => DownloadFiles + name;

    /// <summary>The path inside <see cref="DownloadFiles"/> of a download's site path, as the
    /// downloads page shows it.</summary>
    public static string InDownloads(string sitePath) =>
        sitePath.StartsWith(DownloadFiles, StringComparison.Ordinal) ? sitePath[DownloadFiles.Length..] : sitePath;

    public const string TopicsTable = "themes.csv";

    /// <summary>Where a plan's canonical files (as in the data folder) are.</summary>
    public static string PlanDataFolder(string key) => $"plans/{key}/";

    /// <summary>A plan's canonical file, <c>plan.json</c> or a table such as <c>nodes.csv</c>.</summary>
    public static string PlanDataFile(string key, string file) => PlanDataFolder(key) + file;

    public static string PlanFlatTable(string key, Language lang) => $"{key}-flat-{lang}.csv";

    public static string PlanJson(string key) => $"{key}.json";

    public static string PlanWorkbook(string key) => $"{key}.xlsx";

    public static string PlanZip(string key) => $"{key}.zip";

    public static string AllFlatTable(Language lang) => $"all-flat-{lang}.csv";

    public const string AllJson = "all.json";

    public const string AllWorkbook = "all.xlsx";

    /// <summary>The Frictionless descriptor of <see cref="DownloadFiles"/> (and of a plan's ZIP).
    /// Its resources are the copies in <see cref="DataPackageCopies"/>.</summary>
    public const string DataPackage = "datapackage.json";

    /// <summary>The folder, beside <see cref="DataPackage"/>, of the copies of the CSVs that it
    /// describes: the same files at the same paths below it, without the BOM that the CSVs for
    /// spreadsheets carry (Datasets/DataPackage says why).</summary>
    public const string DataPackageCopies = "datapackage/";

    /// <summary>The data package's copy of the CSV at <paramref name="path"/> (a path inside <see cref="DownloadFiles"/>).</summary>
    public static string DataPackageCopy(string path) => DataPackageCopies + path;

    /// <summary>All plans as one SQLite database (Datasets/SqliteDatabase).</summary>
    public const string SqliteDatabase = "reform-site.sqlite";

    /// <summary>A topic's items across cities (Datasets/TopicTable), in one language.</summary>
    public static string TopicTable(string topicId, Language lang) => $"topics/{topicId}-{lang}.csv";

    /// <summary>A topic's items across cities as a workbook, a sheet per language.</summary>
    public static string TopicWorkbook(string topicId) => $"topics/{topicId}.xlsx";

    /// <summary>The JSON Schema of a plan's JSON document, where its <c>$id</c> says (Datasets/PlanDocumentSchema).</summary>
    public const string PlanDocumentSchema = "schema/plan-document.schema.json";

    /// <summary>The ZIP of everything.</summary>
    public const string AllZip = "reform-site-data.zip";

    /// <summary>The prefix that leads from a page back to the site root.</summary>
    public static string RootPrefix(string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The link from the page at <paramref name="fromPagePath"/> to <paramref name="sitePath"/>.</summary>
    public static string Relative(string fromPagePath, string sitePath) =>
        sitePath.Length == 0 ? RootPrefix(fromPagePath) : (RootPrefix(fromPagePath) == "./" ? "" : RootPrefix(fromPagePath)) + sitePath;

    /// <summary>The path part of the base URL, ending in a slash (<c>/reform/</c> for
    /// <c>https://example.org/reform/</c>), which root-relative links start from.</summary>
    public static string RootPath(string baseUrl)
    {
        var path = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
        return path.EndsWith('/') ? path : path + "/";
    }

    public static string Absolute(string baseUrl, string sitePath) => baseUrl.TrimEnd('/') + "/" + sitePath;
}
