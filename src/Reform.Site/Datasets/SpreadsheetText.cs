using System.Globalization;

namespace Reform.Site.Datasets;

/// <summary>Makes a text safe to open in a spreadsheet. Validation already refuses such cells;
/// this is the second wall, for anything that reaches a download by another road. A value
/// that is a number is never changed.</summary>
internal static class SpreadsheetText
{
    public static string Safe(string value)
    {
        if (value.Length == 0) return value;
        var dangerous = value[0] is '=' or '+' or '@' or '\t' or '\r' or '-';
        if (!dangerous || decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)) return value;
        // A leading apostrophe is what spreadsheets themselves use to mean "this is text".
        return "'" + value;
    }
}
