namespace Reform.Site.Diagnostics;

/// <summary>The CSV record a model record was read from: the file, the row as a spreadsheet
/// numbers it, and the line it starts on. A value kept inside each record rather than a
/// <see cref="SourceLocation"/> object beside it: a national site holds millions of records, and
/// only validation reads where they came from, so an object and its reference per record were
/// memory spent for little (docs/performance.md).</summary>
internal readonly record struct RowSource(string File, int RowNumber, int LineNumber)
{
    public static RowSource Of(SourceLocation row) => new(row.File, row.Row ?? 0, row.Line ?? 0);

    /// <summary>The row, or null for a record that was not read from a row.</summary>
    public int? Row => RowNumber == 0 ? null : RowNumber;

    public SourceLocation Location => new(File, Row, Line: LineNumber == 0 ? null : LineNumber);

    public SourceLocation InColumn(string column, int? index) => Location.InColumn(column, index);

    public static implicit operator SourceLocation(RowSource source) => source.Location;

    public override string ToString() => Location.ToString();
}
