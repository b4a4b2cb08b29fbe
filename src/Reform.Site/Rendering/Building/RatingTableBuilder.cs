using System.Globalization;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>A node's ratings as a table: one row per assessment (in plan.json order), one
/// column per year that has any rating. A rating over several years or as of a date has a column
/// of its own, headed by its period, never by its last year alone: within a year, the dates
/// during it come first, then the year, then the runs of years that end with it.</summary>
internal static class RatingTableBuilder
{
    public static RatingTableView? Build(Plan plan, Node node, Language lang)
    {
        var ratings = plan.Index.RatingsOf(node.Id).ToList();
        if (ratings.Count == 0) return null;
        var periods = ratings.Select(r => (r.FiscalYear, r.Period)).Distinct()
            .OrderBy(p => p.FiscalYear)
            .ThenBy(p => p.Period.AsOf is not null ? 0 : p.Period.From is null ? 1 : 2)
            .ThenBy(p => p.Period.AsOf, StringComparer.Ordinal)
            .ThenBy(p => p.Period.From)
            .ToList();
        var rows = plan.Assessments
            .Where(a => ratings.Any(r => r.AssessmentId == a.Id))
            .Select(a => new RatingRowView(
                TextView.From(a.Name, lang),
                plan.Evaluators.FirstOrDefault(e => e.Id == a.EvaluatorId) is { } ev ? TextView.From(ev.Name, lang) : TextView.From(LocalizedText.Of(a.EvaluatorId), lang),
                periods.Select(p => ratings.FirstOrDefault(r => r.AssessmentId == a.Id && r.FiscalYear == p.FiscalYear && r.Period == p.Period) is { } r ? Cell(plan, plan.Scale(a.ScaleId), r, lang) : null).ToList()))
            .ToList();
        var columns = periods.Select(p => new RatingColumnView(p.FiscalYear) { FromYear = p.Period.From, AsOf = p.Period.AsOf }).ToList();
        return new RatingTableView(columns, rows);
    }

    private static RatingCellView Cell(Plan plan, RatingScale? scale, Rating r, Language lang)
    {
        var reason = TextView.FromOptional(r.Reason, lang);
        if (scale?.Kind == ScaleKind.Ordinal && scale.Level(r.Value) is { } level)
            return new RatingCellView(r.FiscalYear, level.Symbol, LevelMeaning.Of(plan, scale, level, lang), reason) { Level = level.Label.For(lang) };
        var display = scale?.Number(r.Value) is decimal n ? n.ToString(scale.Decimals > 0 ? "0." + new string('0', scale.Decimals) : "0", CultureInfo.InvariantCulture) : r.Value;
        var outOf = scale?.Kind == ScaleKind.Numeric && scale.Max is decimal max && scale.Number(r.Value) is not null ? Formats.Number(max) : null;
        return new RatingCellView(r.FiscalYear, display, null, reason) { OutOf = outOf };
    }
}
