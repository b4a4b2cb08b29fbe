namespace Reform.Site.Rendering.Views;

/// <summary>A scale level as a column: printed symbol, its meaning where the label says more than the symbol (<see cref="Building.LevelMeaning"/>), and its position (which picks
/// the chart pattern, so levels differ by more than colour).</summary>
internal sealed record LevelHeaderView(string Code, string Symbol, TextView? Meaning, int Index);
