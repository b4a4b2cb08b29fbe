using Reform.Site.Validation;

namespace Reform.Site.Tests.Validation;

public sealed class EnglishEraRuleTests
{
    [Theory]
    [InlineData("(plan period H28–R2)", "H28")]
    [InlineData("as of R6.4.1 the total", "R6.4.1")]
    [InlineData("R3 (FY2021): 14.71 hours", "R3")]
    [InlineData("Status in 令和5", "令和")]
    [InlineData("since S63", "S63")]
    public void An_era_left_in_English_is_found(string text, string era) =>
        Assert.Equal(era, EnglishEraRule.Era(text));

    [Theory]
    [InlineData("(plan period FY2016–FY2020)")]
    [InlineData("R2D2 and H2O are not eras")]
    [InlineData("Route 3, Room R101, section 5")]
    [InlineData("1 April 2024: 928 staff")]
    public void Western_years_and_other_codes_are_not_eras(string text) =>
        Assert.Null(EnglishEraRule.Era(text));
}
