using System.Globalization;

namespace Reform.Site.Datasets;

/// <summary>Makes a text safe to open in a spreadsheet. Validation already refuses such cells;
/// this is the second wall, for anything that reaches a download by another road. A value
/// that is a number is never changed.</summary>
internal static partial class SpreadsheetText
{
    public static string Safe(string value)
    {
        if (value.Length == 0) return value;
        var dangerous = value[0] is '=' or '+' or '@' or '\t' or '\r' or '-';
        if (!dangerous || decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)) return value;
        // A leading apostrophe is what spreadsheets themselves use to mean "this is text".
        return "'" + value;
    }

    /// <summary><see cref="Safe"/>, and a text a spreadsheet opening a CSV would turn into a number
    /// or a date (「(1)」 into -1, 「012131」 into 12131, 「1-2」 into 2 January) starts with an
    /// apostrophe too, so that it stays text. For the text columns of the reader's tables only: the
    /// canonical tables are kept as they are.</summary>
    public static string SafeCode(string value) => value.Length > 0 && value[0] != '\'' && LooksLikeNumber(value) ? "'" + value : Safe(value);

    /// <summary>Whether a spreadsheet would read the text as a number, a percentage, a date or a
    /// time: digits with a sign, parentheses (accounting negatives), separators, decimals,
    /// exponents, leading zeros; or two or three groups of digits joined by / - or . ; or h:mm.</summary>
    /// <remarks>A plain number the spreadsheet would show as it is (「1」, 「2.5」, 「-3」) is not
    /// counted: reading it as a number loses nothing.</remarks>
    public static bool LooksLikeNumber(string value)
    {
        var v = value.Trim();
        if (v.Length == 0) return false;
        if (DateLike().IsMatch(v)) return true;
        if (!NumberLike().IsMatch(v)) return false;
        return v != value || !double.TryParse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            || d.ToString("R", CultureInfo.InvariantCulture) != v;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[-+]?\(?[-+]?[$¥￥]?(\d[\d,]*)?\.?\d+(e[-+]?\d+)?%?\)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NumberLike();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?|\d{1,2}:\d{2}(:\d{2})?)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DateLike();
}
