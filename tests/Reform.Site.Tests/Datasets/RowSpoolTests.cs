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

    [Fact]
    public void The_rows_CSV_records_are_kept_beside_them_as_the_CSV_writes_them()
    {
        using var temp = new TempDir();
        IReadOnlyList<IReadOnlyList<string>> rows = [["0012", "改行\nあり", "=SUM(A1)"], ["1-2", "", "x"]];
        bool[] codeSafe = [true, false, false];

        var spool = RowSpool.Write(temp.Combine("rows"), rows, codeSafe);

        using var expected = new MemoryStream();
        CsvFile.WriteRecords(expected, rows, codeSafe);
        using var copied = new MemoryStream();
        RowSpool.Open(temp.Combine("rows"))!.CopyCsvRecordsTo(copied);
        Assert.Equal(expected.ToArray(), copied.ToArray());
        Assert.Equal(rows, spool.Read().ToList()); // the rows after them are as they were
    }

    [Fact]
    public void A_spool_cut_short_or_of_another_format_is_not_opened()
    {
        using var temp = new TempDir();
        var path = temp.Combine("rows");
        RowSpool.Write(path, [["a", "b"]]);
        var whole = File.ReadAllBytes(path);
        File.WriteAllBytes(path, whole[..20]); // the header says more CSV than there is
        Assert.Null(RowSpool.Open(path));
        whole[0] ^= 1;
        File.WriteAllBytes(path, whole);
        Assert.Null(RowSpool.Open(path));
    }
}
