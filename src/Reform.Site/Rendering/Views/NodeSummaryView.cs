namespace Reform.Site.Rendering.Views;

/// <summary>A node in a list (topic and department pages): link, level, departments and its
/// rating in the plan's reported year, with the rating's meaning.</summary>
internal sealed record NodeSummaryView(LinkView Node, TextView? LevelName, IReadOnlyList<TextView> Departments, string? Rating, TextView? RatingMeaning, TextView? RatingName, string? Role);
