using System.Globalization;

namespace Reform.Site.Localization;

/// <summary>Number and fiscal-year formatting per language. Patterns come from the theme's
/// strings; only the arithmetic (era years, grouping) is here.</summary>
internal sealed class Formats(ThemeStrings strings)
{
    /// <summary>令和6年度（2024年度） in Japanese, FY2024 in English, per the theme pattern.</summary>
    public string FiscalYear(int year) => Pattern("format.fiscal_year", "FY{year}", year);

    private string Pattern(string key, string fallback, int year)
    {
        var pattern = strings.Get(key) ?? fallback;
        var era = strings.Eras.FirstOrDefault(e => year >= e.From);
        var eraYear = era is null ? "" : year - era.From + 1 == 1 ? strings.Get("format.era_first_year") ?? "1" : (year - era.From + 1).ToString(CultureInfo.InvariantCulture);
        return pattern
            .Replace("{era}", era?.Name ?? "", StringComparison.Ordinal)
            .Replace("{era_year}", eraYear, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>The 和暦 label of a fiscal year (令和3年度 / Reiwa 3), for data tables.</summary>
    public string FiscalYearEra(int year) => Pattern("format.fiscal_year_era", "{era} {era_year}", year);

    /// <summary>A short fiscal-year label for table headers (R6 / FY2024).</summary>
    public string FiscalYearShort(int year) =>
        (strings.Get("format.fiscal_year_short") ?? "FY{year}").Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A file size for people: 980 B, 12.3 KB, 4.5 MB.</summary>
    public static string Bytes(long size) => size switch
    {
        < 1000 => size.ToString(CultureInfo.InvariantCulture) + " B",
        < 1_000_000 => (size / 1000m).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (size / 1_000_000m).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>Thousands separators, and as many decimals as the value has.</summary>
    public static string Number(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    /// <summary>An amount with its unit as the city printed it: 47,708千円 / ¥47,708 thousand.</summary>
    public string Amount(decimal value, string unit)
    {
        var pattern = strings.Get("format.amount") ?? "{amount} {unit}";
        var unitName = strings.Get("unit." + unit) ?? unit;
        return pattern.Replace("{amount}", Number(value), StringComparison.Ordinal).Replace("{unit}", unitName, StringComparison.Ordinal);
    }
}
