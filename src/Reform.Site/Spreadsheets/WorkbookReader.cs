using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reform.Site.Diagnostics;

namespace Reform.Site.Spreadsheets;

/// <summary>Reads every sheet of an .xlsx as text cells, the way staff see them: shared and
/// inline strings as text, numbers in invariant form without a trailing ".0", booleans as
/// true/false. Works on files saved by Excel or LibreOffice, not only on our own.</summary>
internal static class WorkbookReader
{
    /// <summary>A cell with a formula and no calculated value: the sheet, its row (1-based, as
    /// the sheet numbers it), its column (0-based) and the start of the formula.</summary>
    public sealed record FormulaCell(string Sheet, int Row, int Column, string Formula);

    /// <summary>Excel's own sheet size: a row or column reference past it is not a workbook
    /// Excel wrote, and padding up to it would be a way to make us allocate without end.</summary>
    public const int MaxRows = 1_048_576;

    public const int MaxColumns = 16_384; // XFD

    /// <summary>Every sheet's cells. The file is checked first (<see cref="WorkbookArchive"/>);
    /// whatever is wrong with it throws <see cref="WorkbookRejectedException"/> with a code.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Read(string path) => Read(path, null);

    /// <param name="formulasWithoutValue">Receives every cell that holds a formula but no
    /// calculated value (a workbook saved by a program that does not calculate, or with
    /// calculation off): read as empty, it must be reported as what it is, not as "empty".</param>
    public static IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Read(string path, ICollection<FormulaCell>? formulasWithoutValue)
    {
        var bytes = WorkbookArchive.ReadChecked(path);
        try
        {
            return ReadChecked(bytes, formulasWithoutValue ?? []);
        }
        catch (WorkbookRejectedException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The archive and its XML passed the checks, so what is left is a workbook whose
            // parts do not fit together (a missing part, a relationship to nothing, content
            // OpenXml refuses). OpenXml reports those with many exception types; here each
            // of them is this input's fault, so it is reported as the input's problem.
            throw new WorkbookRejectedException(Codes.UnreadableWorkbook, $"{e.GetType().Name}: {e.Message}", inner: e,
                valueJa: $"ブックの部品どうしが合っていません（{e.GetType().Name}）。");
        }
    }

    private static Dictionary<string, IReadOnlyList<IReadOnlyList<string>>> ReadChecked(byte[] bytes, ICollection<FormulaCell> formulasWithoutValue)
    {
        // MaxCharactersInPart: OpenXml's own bound on each part it parses, behind the checks above.
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false,
            new OpenSettings { MaxCharactersInPart = WorkbookArchive.MaxEntryBytes });
        var workbook = document.WorkbookPart ?? throw Rejected("the workbook part (xl/workbook.xml) is missing", "ブックの本体（xl/workbook.xml）がありません。");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value ?? throw Rejected("a sheet has no name", "名前のないシートがあります。");
            if (sheet.Id?.Value is not { } id || !workbook.TryGetPartById(id, out var found))
                throw Rejected($"sheet {name}: its part is missing", $"シート {name} の中身がありません。");
            if (found is not WorksheetPart part) continue; // a chart sheet holds no table
            var rows = new List<IReadOnlyList<string>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var rowIndex = row.RowIndex?.Value ?? (uint)(rows.Count + 1);
                if (rowIndex is 0 or > MaxRows) throw Rejected($"sheet {name}: row {rowIndex} is outside 1–{MaxRows}", $"シート {name} の {rowIndex} 行目が 1～{MaxRows} 行の範囲の外にあります。");
                while (rows.Count < rowIndex - 1) rows.Add([]); // keep sheet row numbers for error messages
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    if (column >= MaxColumns) throw Rejected($"sheet {name}: cell {cell.CellReference?.Value} is beyond column XFD", $"シート {name} のセル {cell.CellReference?.Value} が XFD 列より右にあります。");
                    while (cells.Count < column) cells.Add("");
                    if (cell.CellFormula is { } formula && cell.CellValue is null && cell.InlineString is null)
                        formulasWithoutValue.Add(new FormulaCell(name, (int)rowIndex, column, Truncate("=" + formula.Text, 40)));
                    cells.Add(Value(cell, shared, name));
                }
                rows.Add(cells);
            }
            result[name] = rows;
        }
        return result;
    }

    private static WorkbookRejectedException Rejected(string what, string whatJa) => new(Codes.UnreadableWorkbook, what, valueJa: whatJa);

    private static string Value(Cell cell, IReadOnlyList<string> shared, string sheet)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count
                ? shared[i]
                : throw Rejected($"sheet {sheet}, cell {cell.CellReference?.Value}: shared string \"{Truncate(raw)}\" does not exist (the workbook has {shared.Count})",
                    $"シート {sheet} のセル {cell.CellReference?.Value} が指す共有文字列「{Truncate(raw)}」がありません（ブックには {shared.Count} 件）。");
        if (type == CellValues.Boolean) return raw == "1" ? "true" : "false";
        if (type == CellValues.String || type == CellValues.Error) return raw;
        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? n.ToString("0.############################", CultureInfo.InvariantCulture)
            : raw;
    }

    private static string Truncate(string text, int length = 20) => text.Length <= length ? text : text[..length] + "…";

    private static int? ColumnIndex(string? reference)
    {
        if (reference is null) return null;
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (n > MaxColumns) return MaxColumns; // past XFD: refused by the caller, before it can overflow
        }
        return n == 0 ? null : n - 1;
    }
}
