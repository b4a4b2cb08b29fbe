namespace Reform.Site.Rendering.Views;

/// <summary>Planned and actual amounts of one node (null Node = the plan), with bar widths
/// (0–100) relative to the largest amount of the chart.</summary>
internal sealed record EffectRowView(LinkView? Node, decimal? Planned, decimal? Actual, decimal PlannedWidth, decimal ActualWidth);
