namespace Reform.Site.Rendering.Views;

/// <summary>A scale level as a column: printed symbol, meaning, and its position (which picks
/// the chart pattern, so levels differ by more than colour).</summary>
internal sealed record LevelHeaderView(string Code, string Symbol, TextView Label, int Index);
