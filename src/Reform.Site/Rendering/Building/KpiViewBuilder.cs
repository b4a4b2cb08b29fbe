using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>The KPIs of a node, or of the whole plan (no node), with their values by year.</summary>
internal static class KpiViewBuilder
{
    public static IReadOnlyList<KpiView> Build(Plan plan, string? nodeId, Language lang) =>
        plan.Index.KpisOf(nodeId).Select(k => new KpiView(
            TextView.From(k.Name, lang), TextView.FromOptional(k.Unit, lang), k.Baseline, k.BaselineFiscalYear, k.Target, k.TargetFiscalYear,
            plan.Index.ValuesOf(k.Id).OrderBy(v => v.FiscalYear)
                .Select(v => new KpiValueView(v.FiscalYear, v.Kind.ToCode(), v.Value, TextView.FromOptional(v.Note, lang))).ToList()))
        .ToList();
}
