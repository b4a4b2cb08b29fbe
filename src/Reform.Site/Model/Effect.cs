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
}
