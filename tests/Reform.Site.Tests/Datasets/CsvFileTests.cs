using System.Text;
using Reform.Site.Datasets;

namespace Reform.Site.Tests.Datasets;

public sealed class CsvFileTests
{
    private static string Write(params string[] cells) =>
        Encoding.UTF8.GetString(CsvFile.Write(["a"], cells.Select(c => (IReadOnlyList<string>)[c])));

    [Fact]
    public void Starts_with_a_BOM_for_Japanese_Excel() =>
        Assert.Equal([0xEF, 0xBB, 0xBF], CsvFile.Write(["a"], []).Take(3));

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
}
