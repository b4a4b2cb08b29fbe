namespace Reform.Site.Rendering.Views;

/// <summary>A row of a rating-distribution table: a node (or the plan) with a count and share
/// per level, where the numbers come from, and whether they agree with the item data.</summary>
internal sealed record DistributionRowView(
    LinkView? Node,
    IReadOnlyList<int> Counts,
    IReadOnlyList<string> Percents,
    int Total,
    string Source,
    string Check,
    int IndividuallyRated,
    IReadOnlyList<BarSegmentView> Bars);
