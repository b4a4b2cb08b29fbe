namespace Reform.Site.Rendering.Views;

/// <summary>One level's part of a distribution row's bar: its <see cref="Share"/> of the row
/// (0–100, the segment's width within the bar), with the level's symbol and count written on it
/// and its <see cref="Index"/>, which picks the pattern.</summary>
internal sealed record BarSegmentView(decimal Share, string Symbol, int Count, int Index);
