namespace Reform.Site.Rendering.Views;

/// <summary>One assessment of a node across the years (a row of the ratings table).</summary>
internal sealed record RatingRowView(TextView Assessment, TextView Evaluator, IReadOnlyList<RatingCellView?> Cells);
