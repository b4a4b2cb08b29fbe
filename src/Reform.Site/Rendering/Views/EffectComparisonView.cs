namespace Reform.Site.Rendering.Views;

/// <summary>Effect amounts planned vs actual per node for one period, with the city's total and
/// the sum of the rows, in one unit.</summary>
internal sealed record EffectComparisonView
{
    public required string Id { get; init; }
    public required int From { get; init; }
    public required int To { get; init; }
    public required string Unit { get; init; }
    public required IReadOnlyList<EffectRowView> Rows { get; init; }
    public required EffectRowView? Reported { get; init; }
    public required decimal? SumPlanned { get; init; }
    public required decimal? SumActual { get; init; }
    public required bool Agrees { get; init; }

    /// <summary>The largest amount of the chart (absolute, in <see cref="Unit"/>): the end of the
    /// scale every bar's width is measured against, printed under the bars so a length means an
    /// amount.</summary>
    public required decimal ScaleMax { get; init; }

    public bool SingleYear => From == To;

    public IReadOnlyList<EffectRowView> ChartRows => Reported is null ? Rows : [.. Rows, Reported];
}
