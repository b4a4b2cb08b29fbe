using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Cross-city topic pages: every node of every plan mapped to a shared topic.</summary>
/// <remarks>A topic lists its cities a page at a time (<see cref="DefaultPageSize"/> cities per
/// page): on a national portal a topic holds the initiatives of hundreds of cities, megabytes of
/// HTML on one page, too long for a phone or a screen reader's list navigation.</remarks>
internal static class TopicPagesBuilder
{
    /// <summary>Cities per topic page, where no other size is set (Hugo's lists default to 10;
    /// a city's group is short, often a few initiatives).</summary>
    public const int DefaultPageSize = 20;

    public static TopicIndexView Index(DataSet data, Language lang) =>
        new(data.Topics.Select(t =>
        {
            var nodes = data.Plans.SelectMany(p => p.Nodes.Where(n => n.Topics.Contains(t.Id)).Select(n => p.Key)).ToList();
            return new TopicSummaryView(t.Id, new LinkView(TextView.From(t.Name, lang), SitePaths.Topic(lang, t.Id)), TextView.FromOptional(t.Description, lang), nodes.Count, nodes.Distinct().Count());
        }).ToList());

    /// <summary>The plans with a node in the topic, a page's worth at a time, in plan order.</summary>
    public static IReadOnlyList<IReadOnlyList<Plan>> Pages(DataSet data, Topic topic, int pageSize) =>
        PaginationBuilder.Split(data.Plans.Where(p => p.Nodes.Any(n => n.Topics.Contains(topic.Id))).ToList(), pageSize);

    /// <param name="number">The page's number (from 1) among the topic's pages.</param>
    public static TopicPageView Page(Topic topic, IReadOnlyList<Plan> plans, int number, int pageSize, int planCount, Language lang) =>
        new(topic.Id, TextView.From(topic.Name, lang), TextView.FromOptional(topic.Description, lang),
            plans.Select(p => new PlanGroupView(PlanCardBuilder.Build(p, lang),
                    p.Index.InReadingOrder().Where(n => n.Topics.Contains(topic.Id)).Select(n => NodeSummaryBuilder.Build(p, n, lang)).ToList()))
                .ToList(),
            PaginationBuilder.Build(SitePaths.Topic(lang, topic.Id), number, pageSize, planCount));

    /// <summary>Every city of the topic side by side, for its first page (issue 22: a journalist
    /// compares cities on one topic without reading each city's list).</summary>
    public static IReadOnlyList<TopicComparisonRowView> Comparison(DataSet data, Topic topic, Language lang) =>
        data.Plans.Select(plan =>
        {
            var ids = plan.Nodes.Where(n => n.Topics.Contains(topic.Id)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            if (ids.Count == 0) return null;
            var row = new TopicComparisonRowView { Plan = PlanCardBuilder.Build(plan, lang), Items = ids.Count };
            return RatingListBuilder.LatestOf(plan, ids) is { } latest
                ? row with
                {
                    Assessment = TextView.From(latest.Group.Assessment.Name, lang),
                    HierarchyLevel = RatingListBuilder.HierarchyLevel(plan, latest.Group, lang),
                    FiscalYear = latest.Group.FiscalYear,
                    Levels = RatingListBuilder.Counts(plan, latest.Group, latest.Levels, lang),
                }
                : row;
        }).OfType<TopicComparisonRowView>().ToList();
}
