using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Planned vs actual effect amounts of a node's children (or the plan's top-level
/// nodes), per period, beside the published total and the sum of the rows.</summary>
internal static class EffectComparisonBuilder
{
    public static IReadOnlyList<EffectComparisonView> Build(Plan plan, IReadOnlyList<Node> rows, string? totalNodeId, Language lang)
    {
        var ids = rows.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var amounts = plan.Effects.Where(e => e.Amount is not null && e.IsOwn && (e.NodeId is { } id ? ids.Contains(id) : false)).ToList();
        var result = new List<EffectComparisonView>();
        foreach (var period in amounts.Select(e => (e.FiscalYearFrom, e.FiscalYearTo)).Distinct().OrderBy(p => p.FiscalYearTo).ThenBy(p => p.FiscalYearFrom))
        {
            var inPeriod = amounts.Where(e => (e.FiscalYearFrom, e.FiscalYearTo) == period).ToList();
            var reported = plan.Index.EffectsOf(totalNodeId).Where(e => e.Amount is not null && e.IsOwn && (e.FiscalYearFrom, e.FiscalYearTo) == period).ToList();
            var all = inPeriod.Concat(reported).ToList();
            // One unit for the whole chart: the city's own when it used one, else yen.
            var unit = all.Select(e => e.Amount!.Unit).Distinct().Count() == 1 ? all[0].Amount!.Unit : "円";
            // A node may have several rows of one kind in one period (Osaki's No.21 has two FY2022
            // planned effects, 53,564 and 296,000 千円): they are summed, never one of them picked,
            // and the row says how many it adds up.
            (decimal? Amount, int Rows) Sum(IEnumerable<Effect> effects)
            {
                var list = effects.ToList();
                return list.Count == 0 ? (null, 0) : (list.Sum(e => e.Amount!.Yen / Money.UnitFactors[unit]), list.Count);
            }
            var raw = rows.Select(n => (n,
                    planned: Sum(inPeriod.Where(e => e.NodeId == n.Id && e.Kind == EffectKind.Planned)),
                    actual: Sum(inPeriod.Where(e => e.NodeId == n.Id && e.Kind == EffectKind.Actual))))
                .Where(r => r.planned.Amount is not null || r.actual.Amount is not null)
                .Select(r => (r.n, planned: r.planned.Amount, actual: r.actual.Amount, plannedRows: r.planned.Rows, actualRows: r.actual.Rows)).ToList();
            var totalPlanned = Sum(reported.Where(e => e.Kind == EffectKind.Planned));
            var totalActual = Sum(reported.Where(e => e.Kind == EffectKind.Actual));
            var total = (planned: totalPlanned.Amount, actual: totalActual.Amount);
            var max = raw.SelectMany(r => new[] { r.planned, r.actual }).Append(total.planned).Append(total.actual).Select(v => Math.Abs(v ?? 0)).DefaultIfEmpty(0).Max();
            decimal Width(decimal? v) => max == 0 || v is null ? 0 : Math.Round(100m * Math.Abs(v.Value) / max, 2);
            var rowViews = raw.Select(r => new EffectRowView(
                new LinkView(TextView.From(r.n.Title, lang), SitePaths.Node(lang, plan.Key, r.n.Id), r.n.Number),
                r.planned, r.actual, Width(r.planned), Width(r.actual))
            { PlannedRows = r.plannedRows, ActualRows = r.actualRows }).ToList();
            var sumPlanned = raw.All(r => r.planned is not null) ? raw.Sum(r => r.planned) : null;
            var sumActual = raw.All(r => r.actual is not null) ? raw.Sum(r => r.actual) : null;
            var reportedRow = total.planned is null && total.actual is null ? null
                : new EffectRowView(null, total.planned, total.actual, Width(total.planned), Width(total.actual)) { PlannedRows = totalPlanned.Rows, ActualRows = totalActual.Rows };
            var agrees = reportedRow is not null && raw.Count == rows.Count
                && (total.planned is null || total.planned == sumPlanned) && (total.actual is null || total.actual == sumActual);
            result.Add(new EffectComparisonView { Id = $"effects-{period.FiscalYearFrom}-{period.FiscalYearTo}", From = period.FiscalYearFrom, To = period.FiscalYearTo, Unit = unit, Rows = rowViews, Reported = reportedRow, ScaleMax = max, SumPlanned = sumPlanned, SumActual = sumActual, Agrees = agrees });
        }
        return result;
    }
}
