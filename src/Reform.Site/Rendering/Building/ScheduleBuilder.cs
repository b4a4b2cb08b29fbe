using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

internal static class ScheduleBuilder
{
    public static ScheduleView? Build(Plan plan, Node node, Language lang)
    {
        var entries = plan.Index.ScheduleOf(node.Id).ToList();
        if (entries.Count == 0) return null;
        var years = entries.Select(e => e.FiscalYear).Concat(plan.Metadata.Period.To is int to ? Enumerable.Range(plan.Metadata.Period.From, to - plan.Metadata.Period.From + 1) : [])
            .Distinct().Order().ToList();
        var rows = entries.GroupBy(e => e.Row).OrderBy(g => g.Key).Select(g => new ScheduleRowView(
            TextView.FromOptional(g.First().Task, lang),
            years.Select(y => g.FirstOrDefault(e => e.FiscalYear == y) is { } e ? new ScheduleCellView(TextView.FromOptional(e.Entry, lang), e.Status) : null).ToList()))
            .ToList();
        return new ScheduleView(years, rows);
    }
}
