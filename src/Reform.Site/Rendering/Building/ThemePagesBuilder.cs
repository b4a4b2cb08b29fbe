using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Cross-city theme pages: every node of every plan mapped to a shared theme.</summary>
public static class ThemePagesBuilder
{
    public static string IndexPath(string lang) => $"{lang}/themes/";

    public static string ThemePath(string lang, string id) => $"{lang}/themes/{id}/";

    public static ThemeIndexView Index(DataSet data, string lang) =>
        new(data.Themes.Select(t =>
        {
            var nodes = data.Plans.SelectMany(p => p.Nodes.Where(n => n.Themes.Contains(t.Id)).Select(n => p.Key)).ToList();
            return new ThemeSummaryView(new LinkView(TextView.From(t.Name, lang), ThemePath(lang, t.Id)), TextView.FromOptional(t.Description, lang), nodes.Count, nodes.Distinct().Count());
        }).ToList());

    public static ThemePageView Page(DataSet data, Theme theme, string lang) =>
        new(theme.Id, TextView.From(theme.Name, lang), TextView.FromOptional(theme.Description, lang),
            data.Plans.Select(p => new PlanGroupView(PlanCardBuilder.Build(p, lang),
                    p.Index.InReadingOrder().Where(n => n.Themes.Contains(theme.Id)).Select(n => NodeSummaryBuilder.Build(p, n, lang)).ToList()))
                .Where(g => g.Nodes.Count > 0).ToList());
}
