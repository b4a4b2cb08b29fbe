namespace Reform.Site.Rendering.Views;

/// <summary>One segment of a horizontal bar in an SVG chart, in chart units (0–100 wide).</summary>
internal sealed record BarSegmentView(decimal X, decimal Width, string Symbol, int Count, int Index)
{
    /// <summary>Labels are drawn inside a segment only when they fit.</summary>
    public bool LabelFits => Width >= 6;

    public decimal LabelX => X + Width / 2;
}
