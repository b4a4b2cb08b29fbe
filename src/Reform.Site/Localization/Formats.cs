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
        var eraYear = era is null ? "" : EraYear(year - era.From + 1);
        return pattern
            .Replace("{era}", era?.Name ?? "", StringComparison.Ordinal)
            .Replace("{era_year}", eraYear, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>The year of an era as written: 元 for the first (in Japanese), then 2, 3…</summary>
    private string EraYear(int count) => count == 1 ? strings.Get("format.era_first_year") ?? "1" : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 和暦 label of a fiscal year (令和3年度 / Reiwa 3), for data tables.</summary>
    public string FiscalYearEra(int year) => Pattern("format.fiscal_year_era", "{era} {era_year}", year);

    /// <summary>A short fiscal-year label for table headers (R6 / FY2024).</summary>
    public string FiscalYearShort(int year) =>
        (strings.Get("format.fiscal_year_short") ?? "FY{year}").Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A calendar date as the page's language writes it, from <c>YYYY</c>, <c>YYYY-MM</c>
    /// or <c>YYYY-MM-DD</c>: 2022年（令和4年）8月 / August 2022. The era is the one in force on the
    /// first day of the month given (on 31 December for a year alone), so April 2019 is 平成31年.
    /// Anything else is returned as it is.</summary>
    public string Date(string iso)
    {
        var parts = iso.Split('-');
        if (parts.Length is < 1 or > 3 || !parts.All(p => p.Length is >= 2 and <= 4 && p.All(char.IsAsciiDigit)))
            return iso;
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (numbers.Length > 1 && numbers[1] is < 1 or > 12)
            return iso;
        var year = numbers[0];
        var month = numbers.Length > 1 ? numbers[1] : 12;
        var day = numbers.Length > 2 ? numbers[2] : numbers.Length > 1 ? 1 : 31;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
            return iso;
        var on = new DateOnly(year, month, day);
        var era = strings.Eras.FirstOrDefault(e => on >= e.Began);
        var key = numbers.Length switch { 1 => "format.date_year", 2 => "format.date_month", _ => "format.date_day" };
        var eraYear = era is null ? "" : EraYear(year - era.Began.Year + 1);
        return (strings.Get(key) ?? iso)
            .Replace("{era}", era?.Name ?? "", StringComparison.Ordinal)
            .Replace("{era_year}", eraYear, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{month_name}", CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month), StringComparison.Ordinal)
            .Replace("{month}", month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{day}", day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>A file size for people: 980 B, 12.3 KB, 4.5 MB.</summary>
    public static string Bytes(long size) => size switch
    {
        < 1000 => size.ToString(CultureInfo.InvariantCulture) + " B",
        < 1_000_000 => (size / 1000m).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (size / 1_000_000m).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>Thousands separators, and as many decimals as the value has.</summary>
    public static string Number(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    /// <summary>An exact amount in the unit the city printed, as the language names it: 47,708千円 /
    /// 47,708 thousand yen. A language may restate a unit it has no word for by a factor
    /// (<c>unit_factor.億円</c> 0.1: 217億円 is 21.7 billion yen, not "217 hundred million yen");
    /// the amount stays exact.</summary>
    public string Amount(decimal value, string unit) =>
        (strings.Get("format.amount") ?? "{amount} {unit}")
            .Replace("{amount}", AmountNumber(value, unit), StringComparison.Ordinal)
            .Replace("{unit}", strings.Get("unit." + unit) ?? unit, StringComparison.Ordinal);

    /// <summary>An amount's number in the language's form of its unit, without the unit's name:
    /// for a table whose caption names the unit once (「単位：千円」).</summary>
    public string AmountNumber(decimal value, string unit) =>
        Number(value * (strings.Get("unit_factor." + unit) is { } f && decimal.TryParse(f, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1m));

    /// <summary>An amount of yen at a glance, by the one rule of the language (<c>format.yen_scales</c>):
    /// the largest unit it reaches (億円 and 万円 in Japanese, billion and million in English), to
    /// three significant figures, marked as approximate (約, about) when rounding changed it:
    /// 約7.27億円 / about ¥727 million. Tables give the exact amounts.</summary>
    public string Yen(decimal yen, bool approximate = false)
    {
        var scales = (strings.Get("format.yen_scales") ?? "1=¥{n}").Split(';')
            .Select(part => part.Split('=', 2))
            .Select(part => (Factor: decimal.Parse(part[0], CultureInfo.InvariantCulture), Pattern: part[1]))
            .OrderByDescending(scale => scale.Factor).ToList();
        var (factor, pattern) = scales.FirstOrDefault(scale => Math.Abs(yen) >= scale.Factor, scales[^1]);
        var value = yen / factor;
        var integerDigits = Math.Abs(value) < 1 ? 1 : (int)Math.Floor(Math.Log10((double)Math.Abs(value))) + 1;
        var rounded = Math.Round(value, Math.Max(0, 3 - integerDigits), MidpointRounding.AwayFromZero);
        var text = pattern.Replace("{n}", Number(rounded), StringComparison.Ordinal);
        return approximate || rounded != value ? (strings.Get("format.approximate") ?? "~{amount}").Replace("{amount}", text, StringComparison.Ordinal) : text;
    }
}
