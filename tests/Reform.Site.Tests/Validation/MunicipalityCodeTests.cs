using Reform.Site.Validation;

namespace Reform.Site.Tests.Validation;

public sealed class MunicipalityCodeTests
{
    [Theory]
    [InlineData("041009")] // 仙台市
    [InlineData("042153")] // 大崎市
    [InlineData("012131")] // 苫小牧市
    [InlineData("142140")] // 伊勢原市
    [InlineData("072028")] // 会津若松市
    [InlineData("131016")] // 千代田区
    public void Real_codes_are_valid(string code) => Assert.Null(MunicipalityCode.Problem(code));

    [Theory]
    [InlineData("041008", "9")]
    [InlineData("14214", null)]
    [InlineData("０４１００９", null)]
    public void Wrong_codes_say_what_is_wrong(string code, string? digit)
    {
        var problem = MunicipalityCode.Problem(code);
        Assert.NotNull(problem);
        if (digit is not null) Assert.Contains(digit, problem.Value.En);
        Assert.False(string.IsNullOrEmpty(problem.Value.Ja));
    }
}
