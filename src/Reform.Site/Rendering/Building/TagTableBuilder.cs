using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Turns a plan's tag_ratings into one table per fiscal year (and, apart from it, per run
/// of years and per date during a year, as a node's ratings table orders its columns), tags in
/// plan.json order, assessments in the file's order, counting the nodes of each level that carry
/// each tag.</summary>
internal static class TagTableBuilder
{
    public static IReadOnlyList<TagTableView> Build(Plan plan, Language lang)
    {
        if (plan.TagRatings.Count == 0) return [];
        var tagged = plan.Levels.Where(level => plan.Nodes.Any(node => node.Level == level.Depth && node.Tags.Count > 0)).ToList();
        var periods = plan.TagRatings.Select(r => (r.FiscalYear, r.Period)).Distinct()
            .OrderBy(p => p.FiscalYear)
            .ThenBy(p => p.Period.AsOf is not null ? 0 : p.Period.From is null ? 1 : 2)
            .ThenBy(p => p.Period.AsOf, StringComparer.Ordinal)
            .ThenBy(p => p.Period.From);
        return periods.Select(period =>
        {
            var ofYear = plan.TagRatings.Where(r => r.FiscalYear == period.FiscalYear && r.Period == period.Period).ToList();
            // The columns in the order the transcriber wrote them, which is the report's order.
            var assessments = ofYear.Select(r => r.AssessmentId).Distinct(StringComparer.Ordinal).Select(plan.Assessment).OfType<Assessment>().ToList();
            var rows = plan.Tags.Where(tag => ofYear.Any(r => r.TagId == tag.Id)).Select(tag => new TagRowView(
                TextView.From(tag.Name, lang),
                tagged.Select(level => plan.Nodes.Count(node => node.Level == level.Depth && node.Tags.Contains(tag.Id, StringComparer.Ordinal))).ToList(),
                assessments.Select(a => ofYear.FirstOrDefault(r => r.TagId == tag.Id && r.AssessmentId == a.Id) is { } r ? Shown(plan, r) : "").ToList())).ToList();
            return new TagTableView(period.FiscalYear, tagged.Select(level => TextView.From(level.Name, lang)).ToList(), assessments.Select(a => TextView.From(a.Name, lang)).ToList(), rows)
            {
                Period = new RatingColumnView(period.FiscalYear) { FromYear = period.Period.From, AsOf = period.Period.AsOf },
            };
        }).ToList();
    }

    /// <summary>An ordinal value as its printed symbol (Ｂ), a number as written.</summary>
    private static string Shown(Plan plan, TagRating r) =>
        plan.ScaleOf(r.AssessmentId) is { Kind: ScaleKind.Ordinal } scale && scale.Level(r.Value) is { } level ? level.Symbol : r.Value;
}
