namespace Reform.Site.Diagnostics;

/// <summary>Where a problem is: a file relative to the data folder, and optionally the row
/// (as Excel numbers it: the header is row 1) and the column name.</summary>
internal sealed record SourceLocation(string File, int? Row = null, string? Column = null, int? ColumnIndex = null, int? Line = null)
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

    public override string ToString()
    {
        var text = File;
        if (Row is int row) text += $":{row}";
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
