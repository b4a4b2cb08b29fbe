using System.Globalization;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>Effect rows are complete (an amount with its unit, or a text), and totals agree:
/// a node's (or the plan's) amount equals the sum of its children's for the same period and
/// kind, and a multi-year amount equals the sum of its years.</summary>
internal sealed class EffectRule : IConsistencyRule
{
    public void Check(PlanContext c)
    {
        foreach (var row in c.Raw.Table("effects").Rows)
        {
            var hasAmount = row.Text("amount") is not null;
            if (row.Failed("amount") || row.Failed("unit")) continue;
            if (hasAmount != (row.Text("unit") is not null)) c.Report(Codes.AmountWithoutUnit, row.Location, hasAmount ? "unit" : "amount");
            else if (!hasAmount && row.Text("text_ja") is null) c.Report(Codes.EmptyEffect, row.Location, "amount");
        }
        var p = c.Plan;
        foreach (var e in p.Effects)
        {
            // A comparison needs what it compares with; a total over plans needs the plans named.
            if (e.Measure == EffectMeasure.VersusBaseYear && e.BaseFiscalYear is null) c.Report(Codes.EmptyRequiredCell, e.Source, "base_fy");
            if (e.Measure == EffectMeasure.MultiPlan && e.PlansCovered is null) c.Report(Codes.EmptyRequiredCell, e.Source, "plans_ja");
        }
        // Only this plan's own amounts add up: one compared with a base year or summed over several
        // plans is neither a part nor a total of them.
        var amounts = p.Effects.Where(effect => effect.Amount is not null && effect.IsOwn).ToList();
        foreach (var e in amounts)
        {
            var children = e.NodeId is { } id ? p.Index.Children(id) : p.Index.Roots;
            if (children.Count > 0 && SumOf(children.Select(child => amounts.Where(amount => amount.NodeId == child.Id && amount.FiscalYearFrom == e.FiscalYearFrom && amount.FiscalYearTo == e.FiscalYearTo && amount.Kind == e.Kind).ToList())) is decimal sum
                && !Agrees(e, sum))
                c.Report(Codes.EffectNotSumOfSubItems, e.Source, "amount", value: Yen(e.Amount!.Yen), expected: Yen(sum));

            if (e.FiscalYearFrom < e.FiscalYearTo)
            {
                var years = Enumerable.Range(e.FiscalYearFrom, e.FiscalYearTo - e.FiscalYearFrom + 1)
                    .Select(year => amounts.Where(amount => amount.NodeId == e.NodeId && amount.IsSingleYear && amount.FiscalYearFrom == year).ToList());
                if (SumOf(years) is decimal total && !Agrees(e, total))
                    c.Report(Codes.EffectNotSumOfYears, e.Source, "amount", value: Yen(e.Amount!.Yen), expected: Yen(total));
            }
        }
    }

    /// <summary>The sum in yen when every part has exactly one amount; otherwise null (a partial
    /// breakdown cannot be checked).</summary>
    private static decimal? SumOf(IEnumerable<List<Effect>> parts)
    {
        decimal sum = 0;
        foreach (var part in parts)
        {
            if (part.Count != 1) return null;
            sum += part[0].Amount!.Yen;
        }
        return sum;
    }

    /// <summary>An approximate figure (約217億円) agrees when it is within one of its own units.</summary>
    private static bool Agrees(Effect e, decimal sum) =>
        e.Approximate ? Math.Abs(e.Amount!.Yen - sum) < Money.UnitFactors[e.Amount.Unit] : e.Amount!.Yen == sum;

    private static string Yen(decimal v) => v.ToString("#,0", CultureInfo.InvariantCulture) + " 円";
}
