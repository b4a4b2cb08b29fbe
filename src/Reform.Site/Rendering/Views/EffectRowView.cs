namespace Reform.Site.Rendering.Views;

/// <summary>Planned and actual amounts of one node (null Node = the plan), with bar widths
/// (0–100) relative to the largest amount of the chart. <see cref="PlannedRows"/> and
/// <see cref="ActualRows"/> say how many effect rows of the data each amount adds up (more than
/// one when the city listed several effects of one kind for the same period).</summary>
internal sealed record EffectRowView(LinkView? Node, decimal? Planned, decimal? Actual, decimal PlannedWidth, decimal ActualWidth)
{
    public int PlannedRows { get; init; }

    public int ActualRows { get; init; }
}
