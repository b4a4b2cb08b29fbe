namespace Reform.Site.Rendering.Views;

/// <summary>Effect amounts planned vs actual per node for one period, with the city's total and
/// the sum of the rows, in one unit.</summary>
public sealed record EffectComparisonView(
    string Id,
    int From,
    int To,
    string Unit,
    IReadOnlyList<EffectRowView> Rows,
    EffectRowView? Reported,
    decimal? SumPlanned,
    decimal? SumActual,
    bool Agrees)
{
    public bool SingleYear => From == To;

    public IReadOnlyList<EffectRowView> ChartRows => Reported is null ? Rows : [.. Rows, Reported];
}
