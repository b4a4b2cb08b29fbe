using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>A target given as a bound (target_comparison: 以上, 未満, …) needs the target value
/// it bounds: without one the site could not say whether it is met.</summary>
internal sealed class KpiTargetRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        foreach (var k in c.Plan.Kpis.Where(kpi => kpi.Comparison is not null && kpi.Target is null))
            c.Report(Codes.EmptyRequiredCell, k.Source, "target");
    }
}
