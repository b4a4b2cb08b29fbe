namespace Reform.Site.Loading;

/// <summary>The values a spreadsheet shows in a cell whose formula failed. Excel writes them
/// as an error cell (t="e") in a workbook and as their text in a CSV; LibreOffice also shows
/// <c>Err:502</c> and the like. Such a value is never data: it is a formula that broke (after a
/// recalculation, <c>#NAME?</c> had been published as a text).</summary>
internal static class SpreadsheetErrors
{
    public static readonly IReadOnlyList<string> Values =
    [
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
        "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
    ];

    private static readonly HashSet<string> Known = new(Values, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the whole cell (spaces aside) is an error value.</summary>
    public static bool IsErrorValue(string value)
    {
        if (value.Length == 0 || (value[0] is not ('#' or 'E' or ' ') && !char.IsWhiteSpace(value[0]))) return false;
        var text = value.Trim();
        if (Known.Contains(text)) return true;
        // LibreOffice: Err:502, Err:504, …
        return text.Length is > 4 and <= 7 && text.StartsWith("Err:", StringComparison.Ordinal) && text[4..].All(char.IsAsciiDigit);
    }
}
