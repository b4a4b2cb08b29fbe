namespace Reform.Site.Rendering.Views;

/// <summary>Where a page stands in a list split over several pages: its number, the range of
/// entries it shows, the links before and after it, and the page numbers to offer.</summary>
internal sealed record PaginationView(int Current, int Count, int FirstEntry, int LastEntry, int TotalEntries,
    string? PreviousPath, string? NextPath, IReadOnlyList<PaginationItemView> Items);
