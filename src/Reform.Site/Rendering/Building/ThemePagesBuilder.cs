using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Cross-city theme pages: every node of every plan mapped to a shared theme.</summary>
public static class ThemePagesBuilder
{
    public static string IndexPath(string lang) => $"{lang}/themes/";

    public static string ThemePath(string lang, string id) => $"{lang}/themes/{id}/";

    public static ThemeIndexView Index(IReadOnlyList<Theme> themes, IReadOnlyList<PlanSummary> plans, string lang) =>
        new(themes.Select(t => new ThemeSummaryView(new LinkView(TextView.From(t.Name, lang), ThemePath(lang, t.Id)), TextView.FromOptional(t.Description, lang),
            plans.Sum(p => p.NodesPerTheme[t.Id]), plans.Count(p => p.NodesPerTheme[t.Id] > 0))).ToList());

    public static ThemePageView Page(Theme theme, IReadOnlyList<PlanSummary> plans, string lang) =>
        new(theme.Id, TextView.From(theme.Name, lang), TextView.FromOptional(theme.Description, lang),
            plans.Select(p => new PlanGroupView(p.Cards[lang], p.ThemeNodes[lang][theme.Id])).Where(g => g.Nodes.Count > 0).ToList());
}
