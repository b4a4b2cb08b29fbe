using Reform.Site.Content;
using Reform.Site.Datasets;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Decides which pages the site has, in a fixed order: the language chooser, then per
/// language the home page, content pages, and for each plan its overview and every node.
/// Each language is the same model rendered with different strings (as Hugo does).
/// <c>accessibility</c>, the results of the automated accessibility checks when the content has
/// them, adds their page in each language.
/// <c>datasets</c> and <c>history</c> (parameters of <see cref="Plan"/>) give the finished downloads and the
/// change history; only the downloads and change pages ask. <c>topicPageSize</c> is
/// how many cities a topic page lists before the next page.</summary>
/// <remarks>The plan is a lazy sequence: each enumeration plans the pages afresh, in the same
/// order, and a page's spec lives only while it is rendered or listed. A national site has
/// hundreds of thousands of pages: holding all their specs (paths, titles, model closures) for
/// the whole build cost far more memory than enumerating them again costs time
/// (docs/performance.md).</remarks>
internal static class SitePlanner
{
    public static IEnumerable<PageSpec> Plan(DataSet data, IReadOnlyList<ContentPage> content, SiteTheme theme, Func<IReadOnlyList<DatasetFile>> datasets, string baseUrl,
        Func<IReadOnlyList<Changes.ChangeHistory.Publication>> history, int topicPageSize = TopicPagesBuilder.DefaultPageSize, AccessibilityResults? accessibility = null)
    {
        var topics = data.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        // The language chooser is named for the site (site.yml), in both languages, not for the software.
        var rootTitle = $"{theme.Strings[Language.Ja].Get("site.title") ?? "Reform.Site"} / {theme.Strings[Language.En].Get("site.title") ?? "Reform.Site"}";
        yield return new PageSpec(SitePaths.Root, "root", Language.Ja, null, rootTitle, () => new HomeView(data.Plans.Select(p => PlanCardBuilder.Build(p, Language.Ja)).ToList(), []));
        yield return new PageSpec(SitePaths.NotFound, "404", Language.Ja, null, "404", () => new HomeView([], []), Links: LinkStyle.RootRelative);
        foreach (var lang in Language.All)
        {
            var other = lang.Other;
            var strings = theme.Strings[lang];
            var formats = new Formats(strings);
            var contentLinks = content.Where(c => c.Lang == lang && c.Plan is null)
                .Select(c => new LinkView(TextView.From(LocalizedText.Of(c.Title, c.Title), lang), c.SitePath)).ToList();
            var cards = new Lazy<IReadOnlyList<PlanCardView>>(() => data.Plans.Select(p => PlanCardBuilder.Build(p, lang)).ToList());
            yield return new PageSpec(SitePaths.Home(lang), "home", lang, SitePaths.Home(other), strings.Get("site.title") ?? "Reform.Site",
                () => new HomeView(cards.Value, contentLinks, data.Plans.Select(p => HeadlineBuilder.Build(p, lang)).ToList()));
            foreach (var page in content.Where(c => c.Lang == lang))
            {
                var plan = page.Plan is { } key ? data.Plans.FirstOrDefault(p => p.Key == key) : null;
                yield return new PageSpec(page.SitePath, "content", lang, page.AlternatePath, page.Title,
                    () => new ContentView(page.Html, plan is null ? null : PlanCardBuilder.Build(plan, lang), page.Fallback) { Slug = page.Slug });
            }
            if (accessibility is not null)
                yield return new PageSpec(SitePaths.AccessibilityResults(lang), "accessibility-results", lang, SitePaths.AccessibilityResults(other),
                    strings.Get("a11y_results.title") ?? "Accessibility test results", () => AccessibilityResultsBuilder.Build(accessibility, baseUrl));
            yield return new PageSpec(SitePaths.Search(lang), "search", lang, SitePaths.Search(other), strings.Get("search.title") ?? "Search", () => new HomeView(cards.Value, contentLinks));
            yield return new PageSpec(SitePaths.Downloads(lang), "downloads", lang, SitePaths.Downloads(other), strings.Get("downloads.title") ?? "Downloads",
                () => DownloadsBuilder.All(data, datasets(), baseUrl, lang, strings.Get("site.title")), RenderLast: true);
            yield return new PageSpec(SitePaths.Ratings(lang), "ratings-across", lang, SitePaths.Ratings(other), strings.Get("ratings_across.title") ?? "Items by rating",
                () => RatingListBuilder.Across(data, lang));
            yield return new PageSpec(SitePaths.Topics(lang), "topics", lang, SitePaths.Topics(other), strings.Get("topics.title") ?? "Themes", () => TopicPagesBuilder.Index(data, lang));
            foreach (var topic in data.Topics)
            {
                var topicPages = TopicPagesBuilder.Pages(data, topic, topicPageSize);
                var planCount = topicPages.Sum(p => p.Count);
                for (var n = 1; n <= topicPages.Count; n++)
                {
                    var (number, plans) = (n, topicPages[n - 1]);
                    var title = n == 1 ? topic.Name.For(lang) : (strings.Get("pagination.title") ?? "{title} ({page}/{pages})")
                        .Replace("{title}", topic.Name.For(lang)).Replace("{page}", Formats.Number(n)).Replace("{pages}", Formats.Number(topicPages.Count));
                    yield return new PageSpec(SitePaths.Topic(lang, topic.Id, n), "topic", lang,
                        SitePaths.Topic(other, topic.Id, n), title,
                        () => TopicPagesBuilder.Page(topic, plans, number, topicPageSize, planCount, lang) with
                        {
                            Comparison = number == 1 ? TopicPagesBuilder.Comparison(data, topic, lang) : [],
                        });
                }
            }
            foreach (var plan in data.Plans)
            {
                var city = TextView.From(plan.Municipality.Name, lang).Text;
                var sep = strings.Get("title.sep");
                if (plan.Departments.Count > 0)
                    yield return new PageSpec(SitePaths.PlanDepartments(lang, plan.Key), "departments", lang, SitePaths.PlanDepartments(other, plan.Key),
                        $"{strings.Get("departments.title")}{sep}{city}", () => DepartmentPagesBuilder.Index(plan, lang), PlanKey: plan.Key);
                foreach (var department in plan.Departments)
                {
                    yield return new PageSpec(SitePaths.PlanDepartment(lang, plan.Key, department.Id), "department", lang, SitePaths.PlanDepartment(other, plan.Key, department.Id),
                        $"{department.Name.For(lang)}{sep}{city}", () => DepartmentPagesBuilder.Page(plan, department, lang), PlanKey: plan.Key);
                }
                var rated = RatingListBuilder.Groups(plan);
                if (rated.Count > 0)
                    yield return new PageSpec(SitePaths.PlanRatings(lang, plan.Key), "ratings", lang, SitePaths.PlanRatings(other, plan.Key),
                        $"{strings.Get("ratings.title")}{sep}{city}", () => RatingListBuilder.Index(plan, topics, lang), PlanKey: plan.Key);
                foreach (var group in rated)
                {
                    foreach (var level in RatingListBuilder.LevelsWithNodes(plan, group))
                    {
                        yield return new PageSpec(group.LevelPath(lang, plan.Key, level), "rating-level", lang, group.LevelPath(other, plan.Key, level),
                            $"{RatingListBuilder.LevelTitle(plan, group, level, strings, formats)}{sep}{city}",
                            () => RatingListBuilder.Level(plan, group, level, topics, lang), PlanKey: plan.Key);
                    }
                }
                yield return new PageSpec(SitePaths.PlanDownloads(lang, plan.Key), "downloads", lang, SitePaths.PlanDownloads(other, plan.Key),
                    $"{strings.Get("downloads.title")}{sep}{city}", () => DownloadsBuilder.ForPlan(plan, datasets(), baseUrl, lang, strings.Get("site.title")), RenderLast: true, PlanKey: plan.Key);
                yield return new PageSpec(SitePaths.PlanChanges(lang, plan.Key), "changes", lang, SitePaths.PlanChanges(other, plan.Key),
                    $"{strings.Get("changes.title")}{sep}{city}", () => ChangesBuilder.Build(plan, history(), lang), RenderLast: true); // made every time: it depends on the git history
                yield return new PageSpec(SitePaths.Plan(lang, plan.Key), "plan", lang, SitePaths.Plan(other, plan.Key),
                    $"{city}{strings.Get("sep.label")}{TextView.From(plan.Metadata.Title, lang).Text}", () => PlanViewBuilder.Build(plan, lang), PlanKey: plan.Key);
                var builder = new NodeViewBuilder(plan, topics, lang);
                var order = plan.Index.InReadingOrder().ToList();
                for (var i = 0; i < order.Count; i++)
                {
                    var node = order[i];
                    var (previous, next) = (i > 0 ? order[i - 1] : null, i + 1 < order.Count ? order[i + 1] : null);
                    yield return new PageSpec(SitePaths.Node(lang, plan.Key, node.Id), "node", lang, SitePaths.Node(other, plan.Key, node.Id),
                        $"{(string.IsNullOrEmpty(node.Number) ? "" : node.Number + strings.Get("node.number_sep"))}{node.Title.For(lang)}{sep}{city}", () => builder.Build(node, previous, next), PlanKey: plan.Key);
                }
            }
        }
    }
}
