using System.Globalization;
using Reform.Site.Diagnostics;

namespace Reform.Site.Loading;

/// <summary>Checks one cell against its column's schema and reports what is wrong with it.</summary>
public static class CellChecker
{
    /// <returns>true when the cell may be kept.</returns>
    public static bool Check(FieldSchema field, string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (value.Length == 0)
        {
            if (field.Required) diagnostics.Add("RS201", at);
            return true;
        }
        if (FormulaGuard.LooksLikeFormula(value) is { } lead)
        {
            diagnostics.Add("RS208", at, value: lead);
            return false;
        }
        return field.Type switch
        {
            FieldType.Integer => CheckNumber(field, value, at, diagnostics, integer: true),
            FieldType.Number => CheckNumber(field, value, at, diagnostics, integer: false),
            FieldType.Boolean => value is "true" or "false" || Fail(diagnostics, "RS204", at, value),
            _ => CheckString(field, value, at, diagnostics),
        };
    }

    private static bool CheckString(FieldSchema field, string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        var parts = field.ListSeparator is { } sep
            ? value.Split(sep, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [value];
        var ok = true;
        foreach (var part in parts)
        {
            if (field.Pattern is { } pattern && !pattern.IsMatch(part) || part.Length > 64 && field.Pattern is not null)
                ok = Fail(diagnostics, "RS207", at, part);
            else if (field.Enum is { } allowed && !allowed.Contains(part))
                ok = Fail(diagnostics, "RS205", at, part, string.Join(", ", allowed));
        }
        return ok;
    }

    private static bool CheckNumber(FieldSchema field, string value, SourceLocation at, DiagnosticBag diagnostics, bool integer)
    {
        var styles = integer ? NumberStyles.AllowLeadingSign : NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!decimal.TryParse(value, styles, CultureInfo.InvariantCulture, out var number))
            return Fail(diagnostics, integer ? "RS202" : "RS203", at, value);
        if (number < field.Minimum || number > field.Maximum)
            return Fail(diagnostics, "RS206", at, value, $"{field.Minimum?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{field.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "…"}");
        return true;
    }

    private static bool Fail(DiagnosticBag diagnostics, string code, SourceLocation at, string value, string? expected = null)
    {
        diagnostics.Add(code, at, value: value, expected: expected);
        return false;
    }
}
