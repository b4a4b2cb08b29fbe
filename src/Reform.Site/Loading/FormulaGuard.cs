using System.Globalization;

namespace Reform.Site.Loading;

/// <summary>Recognises cell values that Excel, LibreOffice or Google Sheets would run as a
/// formula (CSV injection). A leading minus is only harmless when the whole value is a number.</summary>
internal static class FormulaGuard
{
    /// <returns>The offending leading character, or null when the value is safe.</returns>
    public static string? LooksLikeFormula(string value)
    {
        if (value.Length == 0) return null;
        return value[0] switch
        {
            '=' or '+' or '@' => value[..1],
            '\t' => "TAB",
            '\r' => "CR",
            '-' when !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) => "-",
            _ => null,
        };
    }
}
