using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Builds the figures shared by plan and node pages: published counts and effects.</summary>
internal static class FigureBuilder
{
    public static IReadOnlyList<TallyView> Tallies(Plan plan, string? nodeId, Language lang) =>
        plan.Index.TalliesOf(nodeId)
            .GroupBy(t => (t.AssessmentId, t.FiscalYear, t.Period))
            .Select(g =>
            {
                var assessment = plan.Assessment(g.Key.AssessmentId);
                var scale = plan.ScaleOf(g.Key.AssessmentId);
                if (assessment is null || scale is null) return null;
                var cells = scale.Levels.OrderBy(l => l.Order).Select(l => new TallyCellView(
                    l.Symbol, LevelMeaning.Of(plan, scale, l, lang),
                    g.FirstOrDefault(t => t.Rating is { } r && scale.Level(r)?.Code == l.Code)?.Count)).ToList();
                return new TallyView(TextView.From(assessment.Name, lang), g.Key.FiscalYear, cells, g.FirstOrDefault(t => t.Rating is null)?.Count, g.FirstOrDefault(t => t.IsNotRated)?.Count) { FromYear = g.Key.Period.From, AsOf = g.Key.Period.AsOf is { } asOf ? AsOfText(asOf, lang) : null };
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

    /// <summary>A count's date as a reader says it: 2022年6月末 / end of June 2022, 2022年6月30日 / 30 June 2022.</summary>
    private static string AsOfText(string asOf, Language lang)
    {
        var parts = asOf.Split('-').Select(part => int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var month = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(parts[1]);
        return (lang == Language.Ja, parts.Length) switch
        {
            (true, 2) => $"{parts[0]}年{parts[1]}月末",
            (true, _) => $"{parts[0]}年{parts[1]}月{parts[2]}日",
            (false, 2) => $"end of {month} {parts[0]}",
            _ => $"{parts[2]} {month} {parts[0]}",
        };
    }
}
