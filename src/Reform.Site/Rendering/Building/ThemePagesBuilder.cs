using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Cross-city theme pages: every node of every plan mapped to a shared theme.</summary>
/// <remarks>A theme lists its cities a page at a time (<see cref="DefaultPageSize"/> cities per
/// page): on a national portal a theme holds the initiatives of hundreds of cities, megabytes of
/// HTML on one page, too long for a phone or a screen reader's list navigation.</remarks>
internal static class ThemePagesBuilder
{
    /// <summary>Cities per theme page, where no other size is set (Hugo's lists default to 10;
    /// a city's group is short, often a few initiatives).</summary>
    public const int DefaultPageSize = 20;

    public static ThemeIndexView Index(DataSet data, string lang) =>
        new(data.Themes.Select(t =>
        {
            var nodes = data.Plans.SelectMany(p => p.Nodes.Where(n => n.Themes.Contains(t.Id)).Select(n => p.Key)).ToList();
            return new ThemeSummaryView(new LinkView(TextView.From(t.Name, lang), SitePaths.Topic(lang, t.Id)), TextView.FromOptional(t.Description, lang), nodes.Count, nodes.Distinct().Count());
        }).ToList());

    /// <summary>The plans with a node in the theme, a page's worth at a time, in plan order.</summary>
    public static IReadOnlyList<IReadOnlyList<Plan>> Pages(DataSet data, Theme theme, int pageSize) =>
        PaginationBuilder.Split(data.Plans.Where(p => p.Nodes.Any(n => n.Themes.Contains(theme.Id))).ToList(), pageSize);

    /// <param name="number">The page's number (from 1) among <paramref name="pageCount"/>.</param>
    public static ThemePageView Page(Theme theme, IReadOnlyList<Plan> plans, int number, int pageSize, int planCount, string lang) =>
        new(theme.Id, TextView.From(theme.Name, lang), TextView.FromOptional(theme.Description, lang),
            plans.Select(p => new PlanGroupView(PlanCardBuilder.Build(p, lang),
                    p.Index.InReadingOrder().Where(n => n.Themes.Contains(theme.Id)).Select(n => NodeSummaryBuilder.Build(p, n, lang)).ToList()))
                .ToList(),
            PaginationBuilder.Build(SitePaths.Topic(lang, theme.Id), number, pageSize, planCount));
}
