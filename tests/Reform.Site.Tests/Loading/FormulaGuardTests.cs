using Reform.Site.Loading;

namespace Reform.Site.Tests.Loading;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "=")]
    [InlineData("+81 3 1234", "+")]
    [InlineData("@SUM(A1)", "@")]
    [InlineData("\tindent", "TAB")]
    [InlineData("-テキスト", "-")]
    [InlineData("-1+1", "-")]
    public void Cells_a_spreadsheet_would_run_are_recognised(string value, string lead) =>
        Assert.Equal(lead, FormulaGuard.LooksLikeFormula(value));

    [Theory]
    [InlineData("-1500")]
    [InlineData("-0.5")]
    [InlineData("・箇条書き")]
    [InlineData("＝全角は安全")]
    [InlineData("")]
    public void Numbers_and_ordinary_text_are_left_alone(string value) =>
        Assert.Null(FormulaGuard.LooksLikeFormula(value));
}
