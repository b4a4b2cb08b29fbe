namespace Reform.Site.Datasets;

/// <summary>One worksheet: a header row, and rows of cells; columns flagged numeric are written
/// as numbers, all others as text (so codes like 012131 keep their leading zero).</summary>
/// <remarks><see cref="Choices"/> optionally gives, per column, the allowed values, which become a
/// drop-down list in Excel (data validation). <see cref="Columns"/> optionally gives each column's
/// width and number format (and wraps text); a sheet that has them gets an autofilter too.</remarks>
/// <see cref="Rows"/> is read once, in order: it may stream from a file.
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<bool> Numeric, IEnumerable<IReadOnlyList<string>> Rows,
    IReadOnlyDictionary<int, IReadOnlyList<string>>? Choices = null, IReadOnlyList<XlsxColumn>? Columns = null);

/// <summary>How a column shows: its width (in characters) and its format.</summary>
internal sealed record XlsxColumn(int Width, XlsxCellFormat Format, int Decimals = 0);

/// <summary>A column's cell format: text (kept as typed), text that wraps, a whole number, an
/// amount with thousands separators (<c>#,##0</c>), or a number with a fixed count of decimals.</summary>
internal enum XlsxCellFormat { Text, WrappedText, Integer, Thousands, Decimal }

/// <summary>The workbook's document properties (File › Info in Excel).</summary>
internal sealed record XlsxProperties(string Title, string Creator, string Language, string? Description = null, string? Publisher = null);
