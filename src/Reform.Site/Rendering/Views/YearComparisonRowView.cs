namespace Reform.Site.Rendering.Views;

/// <summary>One level across the years, with the change from the first to the last year.</summary>
internal sealed record YearComparisonRowView(LevelHeaderView Level, IReadOnlyList<int> Counts, string Change);
