using Reform.Site.Rendering.Building;

namespace Reform.Site.Tests.Rendering.Building;

public sealed class PaginationBuilderTests
{
    private static string Numbers(int current, int count) =>
        string.Join(" ", PaginationBuilder.Build("ja/themes/x/", current, 10, count * 10)!.Items
            .Select(i => i.IsGap ? "…" : i.IsCurrent ? $"[{i.Number}]" : $"{i.Number}"));

    [Theory]
    [InlineData(1, 10, "[1] 2 … 10")]
    [InlineData(5, 10, "1 … 4 [5] 6 … 10")]
    [InlineData(3, 10, "1 2 [3] 4 … 10")] // a gap of one page shows that page
    [InlineData(10, 10, "1 … 9 [10]")]
    [InlineData(2, 3, "1 [2] 3")]
    public void Offers_the_first_and_last_pages_and_the_current_one_with_its_neighbours(int current, int count, string expected) =>
        Assert.Equal(expected, Numbers(current, count));

    [Fact]
    public void A_list_that_fits_on_one_page_has_no_pagination_and_one_page()
    {
        Assert.Null(PaginationBuilder.Build("ja/themes/x/", 1, 20, 20));
        Assert.Single(PaginationBuilder.Split(Enumerable.Range(1, 20).ToList(), 20));
        Assert.Single(PaginationBuilder.Split(new List<int>(), 20)); // an empty theme still has its page
    }

    [Fact]
    public void Pages_after_the_first_live_below_the_list_and_link_to_their_neighbours()
    {
        var pages = PaginationBuilder.Split(Enumerable.Range(1, 45).ToList(), 20);
        Assert.Equal([20, 20, 5], pages.Select(p => p.Count));
        var last = PaginationBuilder.Build("en/themes/digital/", 3, 20, 45)!;
        Assert.Equal((41, 45, 45, 3), (last.FirstEntry, last.LastEntry, last.TotalEntries, last.Count));
        Assert.Equal("en/themes/digital/page/2/", last.PreviousPath);
        Assert.Null(last.NextPath);
        Assert.Equal("en/themes/digital/", PaginationBuilder.Build("en/themes/digital/", 2, 20, 45)!.PreviousPath);
    }
}
