using System.Text;
using Reform.Site.Diagnostics;
using Reform.Site.Loading;

namespace Reform.Site.Tests.Loading;

public sealed class TextFileDecoderTests
{
    static TextFileDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void The_BOM_that_Excel_writes_is_accepted_and_removed()
    {
        var bag = new DiagnosticBag();
        var text = TextFileDecoder.Decode([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("id\n")], new SourceLocation("a.csv"), bag);
        Assert.Equal("id\n", text);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void Shift_JIS_is_named_so_staff_know_to_resave_as_UTF8()
    {
        var bag = new DiagnosticBag();
        var text = TextFileDecoder.Decode(Encoding.GetEncoding(932).GetBytes("id,title_ja\np1,財政健全化\n"), new SourceLocation("a.csv"), bag);
        Assert.Null(text);
        Assert.Equal(Codes.ShiftJisEncoding, Assert.Single(bag.Items).Code);
    }

    [Fact]
    public void Other_invalid_bytes_report_the_line()
    {
        var bag = new DiagnosticBag();
        TextFileDecoder.Decode([.. "a\nb\n"u8, 0xC3, 0x28], new SourceLocation("a.csv"), bag);
        var d = Assert.Single(bag.Items);
        Assert.Equal(Codes.InvalidUtf8, d.Code);
        Assert.Equal("3", d.Argument("line"));
    }
}
