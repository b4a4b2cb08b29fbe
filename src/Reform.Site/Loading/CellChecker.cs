using System.Globalization;
using Reform.Site.Diagnostics;

namespace Reform.Site.Loading;

/// <summary>Checks one cell against its column's schema and reports what is wrong with it.</summary>
/// <remarks>A cell's location (its row with its column) is made only for a problem: a national
/// data set has tens of millions of cells, nearly all of which pass.</remarks>
internal static class CellChecker
{
    /// <param name="row">The cell's row; <paramref name="columnIndex"/> its column in the file.</param>
    /// <returns>true when the cell may be kept.</returns>
    public static bool Check(FieldSchema field, string value, SourceLocation row, int? columnIndex, DiagnosticBag diagnostics)
    {
        var cell = new Cell(field, row, columnIndex, diagnostics);
        if (value.Length == 0)
        {
            if (field.Required) diagnostics.Add(Codes.EmptyRequiredCell, cell.Location);
            return true;
        }
        if (SpreadsheetErrors.IsErrorValue(value)) return cell.Fail(Codes.SpreadsheetErrorValue, value.Trim());
        if (TextSafety.IndexOfForbidden(value) is var bad and >= 0) return cell.Fail(Codes.ControlCharacter, TextSafety.Describe(value, bad), (bad + 1).ToString(CultureInfo.InvariantCulture));
        if (FormulaGuard.LooksLikeFormula(value) is { } lead) return cell.Fail(Codes.LooksLikeFormula, lead);
        return field.Type switch
        {
            FieldType.Integer => CheckNumber(cell, value, integer: true),
            FieldType.Number => CheckNumber(cell, value, integer: false),
            FieldType.Boolean => value is "true" or "false" || cell.Fail(Codes.NotABoolean, value),
            _ => CheckString(cell, value),
        };
    }

    private static bool CheckString(Cell cell, string value)
    {
        var field = cell.Field;
        var parts = field.ListSeparator is { } sep
            ? value.Split(sep, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [value];
        var ok = true;
        foreach (var part in parts)
        {
            if (field.Pattern is { } pattern && (!pattern.IsMatch(part) || part.Length > Model.Ids.MaxLength || Model.Ids.IsWindowsReserved(part)))
                ok = cell.Fail(Codes.InvalidId, part);
            else if (field.Enum is { } allowed && !allowed.Contains(part))
                ok = cell.Fail(Codes.ValueNotAllowed, part, string.Join(", ", allowed));
        }
        return ok;
    }

    private static bool CheckNumber(Cell cell, string value, bool integer)
    {
        var field = cell.Field;
        var styles = integer ? NumberStyles.AllowLeadingSign : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!decimal.TryParse(value, styles, CultureInfo.InvariantCulture, out var number))
            return cell.Fail(integer ? Codes.NotWholeNumber : Codes.NotANumber, value);
        var (minimum, maximum) = (field.Minimum ?? -Limit(integer), field.Maximum ?? Limit(integer));
        if (number < minimum || number > maximum)
            return cell.Fail(Codes.OutOfRange, value, $"{minimum.ToString(CultureInfo.InvariantCulture)}–{maximum.ToString(CultureInfo.InvariantCulture)}");
        return true;
    }

    /// <summary>The bound of a column whose schema sets none. Whole numbers become
    /// <see cref="int"/>s (counts, row numbers); other numbers are amounts and KPI values, summed
    /// over a national data set and converted to yen (an amount in 億円 is multiplied by 10⁸): at
    /// 10¹⁵ in any unit, the sum of a hundred thousand such amounts in yen still fits a decimal
    /// (7.9 × 10²⁸), while no city's figure comes near it.</summary>
    private static decimal Limit(bool integer) => integer ? 999_999_999m : 1_000_000_000_000_000m;

    private readonly record struct Cell(FieldSchema Field, SourceLocation Row, int? ColumnIndex, DiagnosticBag Diagnostics)
    {
        public SourceLocation Location => Row.InColumn(Field.Name, ColumnIndex);

        public bool Fail(DiagnosticCode code, string value, string? expected = null)
        {
            Diagnostics.Add(code, Location, value: value, expected: expected);
            return false;
        }
    }
}
