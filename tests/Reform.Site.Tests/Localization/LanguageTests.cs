using Reform.Site.Localization;

namespace Reform.Site.Tests.Localization;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void A_code_parses_to_the_language_that_writes_it_back(string code)
    {
        Assert.True(Language.TryParse(code, out var lang));
        Assert.Equal(lang, Language.Parse(code));
        Assert.Equal(code, lang.Code);
        Assert.Equal(code, lang.ToString());
    }

    [Fact]
    public void The_codes_name_the_two_languages()
    {
        Assert.Equal(Language.Ja, Language.Parse("ja"));
        Assert.Equal(Language.En, Language.Parse("en"));
        Assert.NotEqual(Language.Ja, Language.En);
    }

    [Theory]
    [InlineData("")]
    [InlineData("JA")]
    [InlineData("En")]
    [InlineData("fr")]
    [InlineData("ja-JP")]
    [InlineData(" ja")]
    [InlineData("0")]
    [InlineData(null)]
    public void Anything_but_a_code_is_refused(string? code)
    {
        Assert.False(Language.TryParse(code, out _));
        if (code is not null) Assert.Throws<FormatException>(() => Language.Parse(code));
    }

    [Fact]
    public void Each_language_has_the_other_as_its_alternate()
    {
        Assert.Equal(Language.En, Language.Ja.Other);
        Assert.Equal(Language.Ja, Language.En.Other);
        Assert.All(Language.All, lang => Assert.Equal(lang, lang.Other.Other));
    }

    [Fact]
    public void All_is_both_languages_Japanese_first() =>
        Assert.Equal([Language.Ja, Language.En], Language.All);

    [Fact]
    public void An_unset_language_is_Japanese()
    {
        Language unset = default;
        Assert.Equal(Language.Ja, unset);
        Assert.Equal("ja", unset.Code);
        Assert.Equal("ja", unset.ToString());
        Assert.Equal(Language.En, unset.Other);
    }
}
