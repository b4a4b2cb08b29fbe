namespace Reform.Site.Datasets;

/// <summary>One worksheet: a header row, and rows of cells; columns flagged numeric are written
/// as numbers, all others as text (so codes like 012131 keep their leading zero).</summary>
/// <remarks><see cref="Choices"/> optionally gives, per column, the allowed values, which become a
/// drop-down list in Excel (data validation).</remarks>
/// <see cref="Rows"/> is read once, in order: it may stream from a file.
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<bool> Numeric, IEnumerable<IReadOnlyList<string>> Rows,
    IReadOnlyDictionary<int, IReadOnlyList<string>>? Choices = null);
