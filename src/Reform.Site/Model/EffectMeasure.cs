namespace Reform.Site.Model;

/// <summary>What an effect amount measures. Only <see cref="SingleYear"/> and
/// <see cref="Cumulative"/> amounts are this plan's own effect and may be added up; an amount
/// compared with a base year (対2017年度比) or summed over several plans (第1次～第3次計画期間で
/// 累計111億円) is shown, labelled, and never summed into this plan's totals.</summary>
internal enum EffectMeasure
{
    SingleYear,
    Cumulative,
    VersusBaseYear,
    MultiPlan,
}

/// <summary>The codes effects.csv writes for <see cref="EffectMeasure"/>, in one place.</summary>
internal static class EffectMeasures
{
    public static string ToCode(this EffectMeasure measure) => measure switch
    {
        EffectMeasure.SingleYear => "single-year",
        EffectMeasure.Cumulative => "cumulative",
        EffectMeasure.VersusBaseYear => "vs-base-year",
        EffectMeasure.MultiPlan => "multi-plan",
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    /// <summary>The measure written as <paramref name="code"/>; empty or unknown (already reported
    /// by the table schema) is read from the span: one year, or a total over the years.</summary>
    public static EffectMeasure Parse(string? code, int from, int to) => code switch
    {
        "single-year" => EffectMeasure.SingleYear,
        "cumulative" => EffectMeasure.Cumulative,
        "vs-base-year" => EffectMeasure.VersusBaseYear,
        "multi-plan" => EffectMeasure.MultiPlan,
        _ => from == to ? EffectMeasure.SingleYear : EffectMeasure.Cumulative,
    };
}
