namespace Reform.Site.Loading;

/// <summary>The whole data folder as read from disk.</summary>
public sealed record RawDataSet(Table Themes, IReadOnlyList<RawPlan> Plans);
