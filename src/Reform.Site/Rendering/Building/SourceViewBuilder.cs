using Reform.Site.Diagnostics;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Provenance for readers: the plan's other publications, and those a node's rows came from.</summary>
internal static class SourceViewBuilder
{
    public static IReadOnlyList<SourceView> All(Plan plan, Language lang) =>
        plan.Metadata.Sources.Select(s => View(s, lang)).ToList();

    /// <summary>The publications other than the report that any row about <paramref name="node"/>
    /// came from (the node's own row, its ratings, counts, effects, KPIs and their values,
    /// schedule and texts), in plan.json order.</summary>
    public static IReadOnlyList<SourceView> Of(Plan plan, Node node, Language lang)
    {
        if (plan.Provenance.Count == 0) return [];
        var index = plan.Index;
        var kpis = index.KpisOf(node.Id);
        IEnumerable<RowSource> rows =
        [
            node.Source,
            .. index.RatingsOf(node.Id).Select(r => r.Source),
            .. index.TalliesOf(node.Id).Select(t => t.Source),
            .. index.EffectsOf(node.Id).Select(e => e.Source),
            .. kpis.Select(k => k.Source),
            .. kpis.SelectMany(k => index.ValuesOf(k.Id)).Select(v => v.Source),
            .. index.ScheduleOf(node.Id).Select(s => s.Source),
            .. index.TextsOf(node.Id).Select(t => t.Source),
        ];
        var used = rows.Select(row => plan.Provenance.GetValueOrDefault(row)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return plan.Metadata.Sources.Where(s => used.Contains(s.Id)).Select(s => View(s, lang)).ToList();
    }

    private static SourceView View(ExtraSource s, Language lang) =>
        new(s.Id, TextView.From(s.Document.Title, lang), string.IsNullOrEmpty(s.Document.Url) ? null : s.Document.Url, s.Published);
}
