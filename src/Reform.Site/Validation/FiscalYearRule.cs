using System.Globalization;
using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>Ratings, counts, schedules, texts and KPI values are for years inside the plan
/// period. Effects may be cumulative from before the plan, so only their order is checked.</summary>
internal sealed class FiscalYearRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        var p = c.Plan;
        foreach (var n in p.Nodes) Year(c, n.EndedFiscalYear, n.Source, "ended_fy");
        foreach (var a in p.Assessments)
            foreach (var change in a.MethodChanges)
                Year(c, change.FiscalYear, c.PlanFile($"assessments({a.Id}).method_changes"), "fiscal_year");
        foreach (var n in p.Nodes) Year(c, n.AddedFiscalYear, n.Source, "added_fy");
        foreach (var r in p.Ratings) Period(c, r.FiscalYear, r.FiscalYearFrom, r.AsOf, r.Source);
        foreach (var t in p.Tallies) Period(c, t.FiscalYear, t.FiscalYearFrom, t.AsOf, t.Source);
        foreach (var t in p.TagRatings) Period(c, t.FiscalYear, t.FiscalYearFrom, t.AsOf, t.Source);
        foreach (var s in p.Schedule) Year(c, s.FiscalYear, s.Source, "fiscal_year");
        foreach (var t in p.Texts) Year(c, t.FiscalYear, t.Source, "fiscal_year");
        foreach (var v in p.KpiValues) Year(c, v.FiscalYear, v.Source, "fiscal_year");
        foreach (var e in p.Effects.Where(effect => effect.FiscalYearFrom > effect.FiscalYearTo))
            c.Report(Codes.FiscalYearsReversed, e.Source, "fy_from", value: Str(e.FiscalYearFrom), expected: Str(e.FiscalYearTo));
        if (!p.Metadata.Period.Contains(p.Metadata.ReportedFiscalYear))
            c.Report(Codes.YearOutsidePeriod, c.PlanFile("plan.reported_fiscal_year"), value: Str(p.Metadata.ReportedFiscalYear), expected: p.Metadata.Period.ToString());
    }

    /// <summary>A rating's or a count's year, and the first year of one over several years (in
    /// the plan, not after the last) or the date of one taken during the year.</summary>
    private static void Period(PlanContext c, int year, int? from, string? asOf, SourceLocation at)
    {
        Year(c, year, at, "fiscal_year");
        Year(c, from, at, "fy_from");
        if (from > year)
            c.Report(Codes.FiscalYearsReversed, at, "fy_from", value: Str(from.Value), expected: Str(year));
        // A rating or a count as of a date is made within its fiscal year: 1 April to 31 March.
        if (asOf is null) return;
        var valid = DateTime.TryParseExact(asOf, ["yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        if (!valid || date < new DateTime(year, 4, 1) || date > new DateTime(year + 1, 3, 31))
            c.Report(Codes.OutOfRange, at, "as_of", value: asOf, expected: $"{year}-04-01 – {year + 1}-03-31");
    }

    private static void Year(PlanContext c, int? year, SourceLocation at, string column)
    {
        if (year is int y && !c.Plan.Metadata.Period.Contains(y))
            c.Report(Codes.YearOutsidePeriod, at, column, value: Str(y), expected: c.Plan.Metadata.Period.ToString());
    }

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);
}
