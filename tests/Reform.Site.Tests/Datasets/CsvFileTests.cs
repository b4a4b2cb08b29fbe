using System.Text;
using Reform.Site.Datasets;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

public sealed class CsvFileTests
{
    private static string Write(params string[] cells) =>
        Encoding.UTF8.GetString(CsvFile.Write(["a"], cells.Select(c => (IReadOnlyList<string>)[c])));

    [Fact]
    public void Starts_with_a_BOM_for_Japanese_Excel() =>
        Assert.Equal([0xEF, 0xBB, 0xBF], CsvFile.Write(["a"], []).Take(3));

    [Theory]
    [InlineData("id,title\nx,\"a\nb\"\ny,\"say \"\"hi\"\"\nthere\"\n", "id,title\r\nx,\"a\nb\"\r\ny,\"say \"\"hi\"\"\nthere\"\r\n")]
    [InlineData("id\nx", "id\r\nx")] // no break after the last record: none added
    [InlineData("", "")]
    [InlineData("id,t\nx,\"a\r\nb\"\n", "id,t\r\nx,\"a\r\nb\"\r\n")] // a CRLF inside a cell is the cell's
    public void A_canonical_table_is_copied_with_a_BOM_and_CRLF_record_ends_and_turns_back_byte_for_byte(string canonical, string download)
    {
        using var temp = new TempDir();
        var source = temp.Combine("t.csv");
        File.WriteAllBytes(source, Encoding.UTF8.GetBytes(canonical));
        using var copy = new MemoryStream();
        CsvFile.CopyCanonical(source, copy);
        Assert.Equal("\uFEFF" + download, Encoding.UTF8.GetString(copy.ToArray()));
        using var back = new MemoryStream();
        CsvFile.ToCanonical(new MemoryStream(copy.ToArray()), back);
        Assert.Equal(canonical, Encoding.UTF8.GetString(back.ToArray()));
    }

    [Fact]
    public void A_source_with_a_BOM_gets_no_second_one_and_the_package_copy_has_none()
    {
        using var temp = new TempDir();
        var source = temp.Combine("t.csv");
        File.WriteAllBytes(source, [0xEF, 0xBB, 0xBF, .. "id\n1\n"u8.ToArray()]);
        using var copy = new MemoryStream();
        CsvFile.CopyCanonical(source, copy);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. "id\r\n1\r\n"u8.ToArray()], copy.ToArray());
        using var withoutBom = new MemoryStream();
        CsvFile.CopyWithoutBom(new MemoryStream(copy.ToArray()), withoutBom);
        Assert.Equal("id\r\n1\r\n"u8.ToArray(), withoutBom.ToArray());
    }

    [Fact]
    public void Multi_line_text_stays_in_one_quoted_cell() =>
        Assert.Equal("\uFEFFa\r\n\"一行目\n二行目\"\r\n", Write("一行目\n二行目"));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")")]
    [InlineData("+1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("-テキスト")]
    public void A_formula_like_text_can_never_run_in_a_spreadsheet(string value)
    {
        var written = Write(value);
        Assert.DoesNotContain("\r\n" + value[0], written);
        Assert.DoesNotContain("\r\n\"" + value[0], written);
        Assert.Contains("'" + value[0], written);
    }

    [Theory]
    [InlineData("-1500")]
    [InlineData("-0.5")]
    [InlineData("1234")]
    public void Numbers_are_never_altered(string value) => Assert.EndsWith("\r\n" + value + "\r\n", Write(value));

    [Fact]
    public void A_table_joined_from_parts_is_byte_for_byte_the_table_written_whole()
    {
        IReadOnlyList<string> header = ["code", "title", "note"];
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            ["012131", "苫小牧市", " padded "],
            ["0012", "line one\nline two", "\"quoted\", with comma"],
            [],
            ["1-2", "=1+1", ""],
            ["x"],
        ];
        bool[] codeSafe = [true, false, false];
        var whole = CsvFile.Write(header, rows, codeSafe);

        var parts = new[] { rows.Take(2), rows.Skip(2).Take(0), rows.Skip(2) }.Select(part =>
        {
            using var records = new MemoryStream();
            CsvFile.WriteRecords(records, part, codeSafe);
            return records.ToArray();
        }).ToList();
        using var joined = new MemoryStream();
        CsvFile.WriteJoined(joined, header, parts.Select(p => (Action<Stream>)(s => s.Write(p))));

        Assert.Equal(whole, joined.ToArray());
        Assert.Empty(parts[1]); // a plan without rows adds nothing
        Assert.Contains(",'=1+1,", Encoding.UTF8.GetString(parts[2])); // each part made formula-safe as the whole is
    }
}
