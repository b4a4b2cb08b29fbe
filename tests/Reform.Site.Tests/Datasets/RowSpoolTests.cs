using Reform.Site.Datasets;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>Rows set aside on disk come back exactly as they went in, in order.</summary>
public sealed class RowSpoolTests
{
    [Fact]
    public void Rows_come_back_exactly_with_line_breaks_empty_cells_and_japanese()
    {
        using var temp = new TempDir();
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            ["012131", "苫小牧市", "行政事務の民間委託", ""],
            ["p1-i1", "line one\r\nline two\n", "\"quoted\", with comma", "=1+1"],
            [],
            ["1,234.5"],
        ];

        var spool = RowSpool.Write(temp.Combine("rows"), rows);

        Assert.Equal(4, spool.Count);
        Assert.Equal(rows, spool.Read().ToList());
        Assert.Equal(rows, spool.Read().ToList()); // read as often as needed
    }
}
