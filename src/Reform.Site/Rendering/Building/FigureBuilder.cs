using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Builds the figures shared by plan and node pages: published counts and effects.</summary>
internal static class FigureBuilder
{
    public static IReadOnlyList<TallyView> Tallies(Plan plan, string? nodeId, Language lang) =>
        plan.Index.TalliesOf(nodeId)
            .GroupBy(t => (t.AssessmentId, t.FiscalYear, From: t.IsSpan ? t.FiscalYearFrom : null))
            .Select(g =>
            {
                var assessment = plan.Assessment(g.Key.AssessmentId);
                var scale = plan.ScaleOf(g.Key.AssessmentId);
                if (assessment is null || scale is null) return null;
                var cells = scale.Levels.OrderBy(l => l.Order).Select(l => new TallyCellView(
                    l.Symbol, TextView.From(l.Label, lang),
                    g.FirstOrDefault(t => t.Rating is { } r && scale.Level(r)?.Code == l.Code)?.Count)).ToList();
                return new TallyView(TextView.From(assessment.Name, lang), g.Key.FiscalYear, cells, g.FirstOrDefault(t => t.Rating is null)?.Count, g.FirstOrDefault(t => t.IsNotRated)?.Count) { FromYear = g.Key.From };
            })
            .OfType<TallyView>().ToList();

    public static IReadOnlyList<EffectView> Effects(Plan plan, string? nodeId, Language lang) =>
        plan.Index.EffectsOf(nodeId)
            .Select(e => new EffectView(e.FiscalYearFrom, e.FiscalYearTo, e.Kind.ToCode(),
                e.Amount?.Amount, e.Amount?.Unit, e.Approximate, TextView.FromOptional(e.Text, lang))
            {
                Measure = e.IsOwn ? null : e.Measure.ToCode(),
                BaseYear = e.BaseFiscalYear,
                Plans = TextView.FromOptional(e.PlansCovered, lang),
            })
            .ToList();
}
