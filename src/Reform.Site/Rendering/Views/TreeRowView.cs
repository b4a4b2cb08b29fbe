namespace Reform.Site.Rendering.Views;

/// <summary>A row of the plan's hierarchy table: the node, its depth and a one-line summary.</summary>
internal sealed record TreeRowView(int Depth, LinkView Node, TextView? LevelName, int ChildCount, IReadOnlyList<string> Departments)
{
    /// <summary>The node's latest rating (symbol), as the lists by rating count it; null when unrated.</summary>
    public string? Rating { get; init; }

    public TextView? RatingMeaning { get; init; }
}
