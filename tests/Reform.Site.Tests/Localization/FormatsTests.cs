using Reform.Site.Localization;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Localization;

public sealed class FormatsTests
{
    private static Formats For(string code) => new(ThemeStrings.Load(Path.Combine(RepoPaths.Theme, "i18n", code + ".json"), Language.Parse(code)));

    [Theory]
    [InlineData(2024, "令和6年度（2024年度）")]
    [InlineData(2019, "令和元年度（2019年度）")]
    [InlineData(2018, "平成30年度（2018年度）")]
    public void Japanese_fiscal_years_carry_the_era_and_the_Western_year(int year, string expected) =>
        Assert.Equal(expected, For("ja").FiscalYear(year));

    [Fact]
    public void English_fiscal_years_are_FY_and_the_Western_year() => Assert.Equal("FY2024", For("en").FiscalYear(2024));

    [Fact]
    public void Amounts_keep_the_printed_unit_with_thousands_separators()
    {
        Assert.Equal("1,345,649千円", For("ja").Amount(1345649m, "千円"));
        Assert.Equal("1,345,649 thousand yen", For("en").Amount(1345649m, "千円"));
        Assert.Equal("21.7 billion yen", For("en").Amount(217m, "億円"));
        Assert.Equal("425.4万円", For("ja").Amount(425.4m, "万円"));
        Assert.Equal("4,254 thousand yen", For("en").Amount(425.4m, "万円"));
        Assert.Equal("20.5", Formats.Number(20.5m));
    }

    /// <summary>In a table whose caption names the unit once, a cell is the number in that unit:
    /// the English unit of 万円 is thousand yen, so the number is ten times the printed one.</summary>
    [Fact]
    public void A_tables_amounts_are_numbers_in_the_unit_its_caption_names()
    {
        Assert.Equal("1,345,649", For("ja").AmountNumber(1345649m, "千円"));
        Assert.Equal("4,254", For("en").AmountNumber(425.4m, "万円"));
        Assert.Equal("21.7", For("en").AmountNumber(217m, "億円"));
    }

    /// <summary>Issue 22: one rule per language for an amount at a glance, never 110,000,000円 on one
    /// page and 110,000千円 on another, nor "3.5 hundred million yen".</summary>
    [Theory]
    [InlineData("ja", 21_700_000_000, false, "217億円")]
    [InlineData("ja", 727_184_971, false, "約7.27億円")]
    [InlineData("ja", 55_400_000, false, "5,540万円")]
    [InlineData("ja", 350_000_000, true, "約3.5億円")]
    [InlineData("ja", 8_500, false, "8,500円")]
    [InlineData("en", 21_700_000_000, false, "¥21.7 billion")]
    [InlineData("en", 727_184_971, false, "about ¥727 million")]
    [InlineData("en", 350_000_000, false, "¥350 million")]
    [InlineData("en", 425_400, false, "¥425,400")]
    public void An_amount_at_a_glance_uses_the_languages_largest_unit_to_three_figures(string lang, long yen, bool approximate, string expected) =>
        Assert.Equal(expected, For(lang).Yen(yen, approximate));

    [Theory]
    [InlineData("ja", "2022-08", "2022年（令和4年）8月")]
    [InlineData("ja", "2019-04", "2019年（平成31年）4月")]
    [InlineData("ja", "2019-05-01", "2019年（令和元年）5月1日")]
    [InlineData("ja", "2016", "2016年（平成28年）")]
    [InlineData("en", "2022-08", "August 2022")]
    [InlineData("en", "2022-08-03", "3 August 2022")]
    [InlineData("en", "2020", "2020")]
    [InlineData("ja", "2022-13", "2022-13")]
    [InlineData("ja", "2023-02-29", "2023-02-29")]
    [InlineData("ja", "unknown", "unknown")]
    public void Calendar_dates_are_written_in_words_with_the_era_in_force_that_month(string lang, string iso, string expected) =>
        Assert.Equal(expected, For(lang).Date(iso));
}
