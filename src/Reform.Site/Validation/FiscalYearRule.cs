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
        foreach (var r in p.Ratings) Year(c, r.FiscalYear, r.Source, "fiscal_year");
        foreach (var t in p.Tallies) Year(c, t.FiscalYear, t.Source, "fiscal_year");
        foreach (var t in p.Tallies) Year(c, t.FiscalYearFrom, t.Source, "fy_from");
        // A count as of a date is taken within its fiscal year: 1 April to 31 March.
        foreach (var t in p.Tallies.Where(tally => tally.AsOf is not null))
        {
            var within = $"{t.FiscalYear}-04-01 – {t.FiscalYear + 1}-03-31";
            var valid = DateTime.TryParseExact(t.AsOf, ["yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            if (!valid || date < new DateTime(t.FiscalYear, 4, 1) || date > new DateTime(t.FiscalYear + 1, 3, 31))
                c.Report(Codes.OutOfRange, t.Source, "as_of", value: t.AsOf, expected: within);
        }
        foreach (var t in p.Tallies.Where(tally => tally.FiscalYearFrom > tally.FiscalYear))
            c.Report(Codes.FiscalYearsReversed, t.Source, "fy_from", value: Str(t.FiscalYearFrom!.Value), expected: Str(t.FiscalYear));
        foreach (var t in p.TagRatings) Year(c, t.FiscalYear, t.Source, "fiscal_year");
        foreach (var s in p.Schedule) Year(c, s.FiscalYear, s.Source, "fiscal_year");
        foreach (var t in p.Texts) Year(c, t.FiscalYear, t.Source, "fiscal_year");
        foreach (var v in p.KpiValues) Year(c, v.FiscalYear, v.Source, "fiscal_year");
        foreach (var e in p.Effects.Where(effect => effect.FiscalYearFrom > effect.FiscalYearTo))
            c.Report(Codes.FiscalYearsReversed, e.Source, "fy_from", value: Str(e.FiscalYearFrom), expected: Str(e.FiscalYearTo));
        if (!p.Metadata.Period.Contains(p.Metadata.ReportedFiscalYear))
            c.Report(Codes.YearOutsidePeriod, c.PlanFile("plan.reported_fiscal_year"), value: Str(p.Metadata.ReportedFiscalYear), expected: p.Metadata.Period.ToString());
    }

    private static void Year(PlanContext c, int? year, SourceLocation at, string column)
    {
        if (year is int y && !c.Plan.Metadata.Period.Contains(y))
            c.Report(Codes.YearOutsidePeriod, at, column, value: Str(y), expected: c.Plan.Metadata.Period.ToString());
    }

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);
}
