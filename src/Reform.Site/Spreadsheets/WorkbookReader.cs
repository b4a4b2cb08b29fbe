using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reform.Site.Spreadsheets;

/// <summary>Reads every sheet of an .xlsx as text cells, the way staff see them: shared and
/// inline strings as text, numbers in invariant form without a trailing ".0", booleans as
/// true/false. Works on files saved by Excel or LibreOffice, not only on our own.</summary>
public static class WorkbookReader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                while (rows.Count < index - 1) rows.Add([]); // keep sheet row numbers for error messages
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(Value(cell, shared));
                }
                rows.Add(cells);
            }
            result[sheet.Name!.Value!] = rows;
        }
        return result;
    }

    private static string Value(Cell cell, IReadOnlyList<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString) return int.TryParse(raw, out var i) && i < shared.Count ? shared[i] : "";
        if (type == CellValues.Boolean) return raw == "1" ? "true" : "false";
        if (type == CellValues.String || type == CellValues.Error) return raw;
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n.ToString("0.############################", CultureInfo.InvariantCulture)
            : raw;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (reference is null) return null;
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter)) n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        return n == 0 ? null : n - 1;
    }
}
