using Reform.Site.Analysis;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

internal static class HeadlineBuilder
{
    public static HeadlineView Build(Plan plan, Language lang)
    {
        var year = plan.Metadata.ReportedFiscalYear;
        var dimension = RatingDistributions.Dimensions(plan).Where(d => d.FiscalYear == year).Select(d => d.Assessment).FirstOrDefault();
        var distribution = dimension is null ? null : RatingDistributions.For(plan, null, dimension, year);
        var levels = distribution is null ? [] : plan.Scale(dimension!.ScaleId)!.Levels.OrderBy(l => l.Order)
            .Select(l => new HeadlineLevelView(l.Symbol, LevelMeaning.Of(plan, plan.Scale(dimension!.ScaleId)!, l, lang), distribution.Count(l.Code))).ToList();

        var published = FigureBuilder.Effects(plan, null, lang).Where(e => e.Amount is not null && e.Measure is null).ToList();
        var summed = false;
        var summedItems = 0;
        if (published.Count == 0)
        {
            // No plan-wide figure was published: add up the items' single-year amounts of the reported
            // year. Planned and actual are compared over the same items: where some items have both,
            // only those are summed (Osaki gives a plan for 2 items and results for 6).
            var items = plan.Effects.Where(e => e.NodeId is not null && e.Amount is not null && e.IsOwn && e.IsSingleYear && e.FiscalYearFrom == year).ToList();
            var both = items.GroupBy(e => e.NodeId).Where(g => g.Select(e => e.Kind).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
            if (both.Count > 0) items = items.Where(e => both.Contains(e.NodeId)).ToList();
            summedItems = items.Select(e => e.NodeId).Distinct().Count();
            published = items.GroupBy(e => e.Kind).OrderBy(g => g.Key)
                .Select(g => new EffectView(year, year, g.Key.ToCode(), g.Sum(e => e.Amount!.Yen), "円", false, null)).ToList();
            summed = published.Count > 0;
        }
        return new HeadlineView(dimension is null ? null : TextView.From(dimension.Name, lang), distribution is null ? null : year, levels, distribution?.Total, published, summed) { SummedItems = summedItems };
    }
}
