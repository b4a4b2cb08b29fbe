using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>What the cross-city pages and files need of one plan, per language: its card, its
/// headline figures, and its nodes under each shared theme; and its header for the feeds and the
/// catalogue. The cross-city pages read these, never the plan: the step toward releasing each
/// plan's model once its own pages are rendered (docs/performance.md, "Bounded memory").</summary>
public sealed record PlanSummary(
    PlanHeader Header,
    IReadOnlyDictionary<string, PlanCardView> Cards,
    IReadOnlyDictionary<string, HeadlineView> Headlines,
    IReadOnlyDictionary<string, int> NodesPerTheme,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<NodeSummaryView>>> ThemeNodes)
{
    public string Key => Header.Key;

    /// <summary>Every plan's summary, made on every core, in plan order.</summary>
    public static IReadOnlyList<PlanSummary> Of(DataSet data, IReadOnlyList<string> languages)
    {
        var summaries = new PlanSummary[data.Plans.Count];
        Parallel.For(0, summaries.Length, i => summaries[i] = Of(data.Plans[i], data.Themes, languages));
        return summaries;
    }

    /// <param name="themes">The shared themes; a node counts under each theme it names.</param>
    public static PlanSummary Of(Plan plan, IReadOnlyList<Theme> themes, IReadOnlyList<string> languages)
    {
        var inReadingOrder = plan.Index.InReadingOrder().ToList();
        return new PlanSummary(
            plan.Header,
            languages.ToDictionary(l => l, l => PlanCardBuilder.Build(plan, l)),
            languages.ToDictionary(l => l, l => HeadlineBuilder.Build(plan, l)),
            themes.ToDictionary(t => t.Id, t => plan.Nodes.Count(n => n.Themes.Contains(t.Id))),
            languages.ToDictionary(l => l, l => (IReadOnlyDictionary<string, IReadOnlyList<NodeSummaryView>>)themes.ToDictionary(t => t.Id,
                t => (IReadOnlyList<NodeSummaryView>)inReadingOrder.Where(n => n.Themes.Contains(t.Id)).Select(n => NodeSummaryBuilder.Build(plan, n, l)).ToList())));
    }
}
