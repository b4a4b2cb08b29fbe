using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>An effect (効果) of a node, or of the plan when <see cref="NodeId"/> is null, over a
/// run of fiscal years: an amount with its unit, a text, or both.</summary>
internal sealed record Effect(
    string? NodeId,
    int FiscalYearFrom,
    int FiscalYearTo,
    EffectKind Kind,
    Money? Amount,
    bool Approximate,
    LocalizedText? Text,
    RowSource Source)
{
    public bool IsSingleYear => FiscalYearFrom == FiscalYearTo;

    /// <summary>What the amount measures; read from the span when effects.csv does not say.</summary>
    public EffectMeasure Measure { get; init; } = FiscalYearFrom == FiscalYearTo ? EffectMeasure.SingleYear : EffectMeasure.Cumulative;

    /// <summary>The base year of an amount compared with one (対2017年度比 → 2017).</summary>
    public int? BaseFiscalYear { get; init; }

    /// <summary>The plans a multi-plan total covers, as the report names them (第1次～第3次計画).</summary>
    public LocalizedText? PlansCovered { get; init; }

    /// <summary>Whether the amount is this plan's own effect over its years, which totals may add up.</summary>
    public bool IsOwn => Measure is EffectMeasure.SingleYear or EffectMeasure.Cumulative;
}
