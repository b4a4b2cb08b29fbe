using Reform.Site.Localization;

namespace Reform.Site.Diagnostics;

/// <summary>Where a problem is: a file relative to the data folder, and optionally the row
/// (as Excel numbers it: the header is row 1) and the column name. For a table that came from a
/// workbook (<c>import</c>), <see cref="Sheet"/> names the sheet and <see cref="File"/> the
/// workbook, so the place is said in the workbook's own terms (「effects シート E60」).</summary>
internal sealed record SourceLocation(string File, int? Row = null, string? Column = null, int? ColumnIndex = null, int? Line = null, string? Sheet = null)
{
    /// <summary>The spreadsheet letter of the column (A, B, …, AA), which is what staff see in Excel.</summary>
    public string? ColumnLetter => ColumnIndex is int i ? ToLetter(i) : null;

    public SourceLocation At(int row) => this with { Row = row };

    /// <summary>A CSV record: <paramref name="row"/> as a spreadsheet numbers it, and the
    /// <paramref name="line"/> of the file it starts on, which is further down once a cell
    /// above holds line breaks (editors and GitHub annotations count lines).</summary>
    public SourceLocation At(int row, int line) => this with { Row = row, Line = line == row ? null : line };

    /// <summary>The line of the file: <see cref="Line"/> where it differs from the row.</summary>
    public int? FileLine => Line ?? Row;

    public SourceLocation InColumn(string column, int? index) => this with { Column = column, ColumnIndex = index };

    /// <summary>The cell as a spreadsheet names it (E60), when both column and row are known.</summary>
    public string? CellReference => ColumnLetter is { } letter && Row is int row ? letter + row.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The same place in a sheet of the workbook <paramref name="workbook"/> (file name).</summary>
    public SourceLocation InSheet(string workbook, string sheet) => this with { File = workbook, Sheet = sheet, Line = null };

    /// <summary>The place as staff read it in <paramref name="lang"/>: for a workbook the sheet and
    /// cell (「effects シート E60」 / sheet effects, cell E60); for a file the same as
    /// <see cref="ToString"/>, with the file's line where it differs from the row.</summary>
    public string Describe(Language lang)
    {
        if (Sheet is null) return ToString();
        var column = Column is null ? "" : lang == Language.Ja ? $"（{Column}）" : $" ({Column})";
        var row = Row?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var cell = CellReference ?? (row is null ? null : lang == Language.Ja ? $"{row} 行目" : $"row {row}");
        return lang == Language.Ja
            ? $"{File}「{Sheet} シート{(cell is null ? "" : " " + cell)}」{column}"
            : $"{File}: sheet {Sheet}{(cell is null ? "" : ", cell " + cell)}{column}";
    }

    public override string ToString()
    {
        if (Sheet is not null) return Describe(Language.En);
        var text = File;
        if (Row is int row) text += $":{row}";
        // A record whose cells above hold line breaks starts further down the file: editors and
        // GitHub annotations count lines, Excel counts rows, so both are given.
        if (Line is int line && line != Row) text += $" (line {line})";
        if (Column is not null) text += ColumnLetter is { } letter ? $" [{letter}: {Column}]" : $" [{Column}]";
        return text;
    }

    private static string ToLetter(int zeroBased)
    {
        var letters = "";
        for (var n = zeroBased + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
