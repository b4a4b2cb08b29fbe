using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>The KPIs of a node, or of the whole plan (no node), with their values by year.</summary>
internal static class KpiViewBuilder
{
    public static IReadOnlyList<KpiView> Build(Plan plan, string? nodeId, Language lang) =>
        plan.Index.KpisOf(nodeId).Select(k =>
        {
            var values = plan.Index.ValuesOf(k.Id).OrderBy(v => v.FiscalYear).ToList();
            // Judged on the latest actual value: a bound is met or not as of the last year reported.
            var latest = values.LastOrDefault(v => v.Kind == EffectKind.Actual);
            var met = k.Comparison is { } comparison && k.Target is decimal target && latest is not null ? comparison.Meets(latest.Value, target) : (bool?)null;
            return new KpiView(
                TextView.From(k.Name, lang), TextView.FromOptional(k.Unit, lang), k.Baseline, k.BaselineFiscalYear, k.Target, k.TargetFiscalYear,
                values.Select(v => new KpiValueView(v.FiscalYear, v.Kind.ToCode(), v.Value, TextView.FromOptional(v.Note, lang))).ToList())
            {
                Comparison = k.Comparison?.ToCode(),
                Met = met,
                MetYear = met is null ? null : latest!.FiscalYear,
                MetValue = met is null ? null : latest!.Value,
            };
        }).ToList();
}
