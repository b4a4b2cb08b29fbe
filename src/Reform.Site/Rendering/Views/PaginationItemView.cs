namespace Reform.Site.Rendering.Views;

/// <summary>One page number offered in a pagination, or a gap (…) between numbers.</summary>
internal sealed record PaginationItemView(int Number, string Path, bool IsCurrent, bool IsGap);
