using Reform.Site.Localization;
using Reform.Site.Model;

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

    [Fact]
    public void In_a_path_a_language_is_its_code()
    {
        Assert.Equal("ja/plans/", $"{Language.Ja}/plans/");
        Assert.Equal("en/plans/x/", SitePaths.Plan(Language.En, "x"));
        Assert.Equal("ja/", SitePaths.Home(default));
    }

    [Fact]
    public void A_text_falls_back_to_Japanese_only_for_English_readers()
    {
        var untranslated = LocalizedText.Of("計画");
        Assert.Equal("計画", untranslated.For(Language.En));
        Assert.True(untranslated.IsFallback(Language.En));
        Assert.False(untranslated.IsFallback(Language.Ja));
        Assert.Equal("Plan", LocalizedText.Of("計画", "Plan").For(Language.En));
        Assert.Equal("計画", LocalizedText.Of("計画", "Plan").For(Language.Ja));
    }
}
