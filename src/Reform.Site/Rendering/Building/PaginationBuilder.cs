using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Splits a long list over pages, as Hugo's paginator does (where each page is:
/// <see cref="SitePaths.ListPage"/>), and offers page numbers as GOV.UK's pagination does: the
/// first, the last, and the current page with its neighbours, with gaps between.</summary>
internal static class PaginationBuilder
{
    /// <returns>The entries of each page; one (possibly empty) page when all fit.</returns>
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> entries, int pageSize) =>
        entries.Count <= pageSize ? [entries] : entries.Chunk(pageSize).Select(c => (IReadOnlyList<T>)c).ToList();

    /// <returns>null when the list fits on one page: nothing to navigate.</returns>
    public static PaginationView? Build(string listPath, int current, int pageSize, int totalEntries)
    {
        var count = Math.Max(1, (totalEntries + pageSize - 1) / pageSize);
        if (count == 1) return null;
        var shown = new[] { 1, current - 1, current, current + 1, count }.Where(n => n >= 1 && n <= count).Distinct().Order().ToList();
        var items = new List<PaginationItemView>();
        for (var i = 0; i < shown.Count; i++)
        {
            // A gap of one page is shown as that page: "1 … 3" would hide a single number.
            if (i > 0 && shown[i] - shown[i - 1] == 2) items.Add(Item(listPath, shown[i] - 1, current));
            else if (i > 0 && shown[i] - shown[i - 1] > 2) items.Add(new PaginationItemView(0, "", false, true));
            items.Add(Item(listPath, shown[i], current));
        }
        return new PaginationView(current, count, (current - 1) * pageSize + 1, Math.Min(current * pageSize, totalEntries), totalEntries,
            current > 1 ? SitePaths.ListPage(listPath, current - 1) : null, current < count ? SitePaths.ListPage(listPath, current + 1) : null, items);
    }

    private static PaginationItemView Item(string listPath, int number, int current) =>
        new(number, SitePaths.ListPage(listPath, number), number == current, false);
}
