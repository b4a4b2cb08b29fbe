namespace Reform.Site.Loading;

/// <summary>A CSV table read from disk: its schema, the columns actually present and its rows.</summary>
/// <remarks><see cref="Readable"/> is false when the file exists but could not be read at all
/// (wrong encoding): rules then skip checks that would only repeat that one problem.</remarks>
internal sealed record Table(TableSchema Schema, string RelativePath, IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows, bool Readable = true)
{
    public static Table Empty(TableSchema schema, string relativePath) => new(schema, relativePath, [], []);

    public static Table Unreadable(TableSchema schema, string relativePath) => new(schema, relativePath, [], [], Readable: false);

    /// <summary>The values of a column in every row where it passed its check.</summary>
    public IEnumerable<string> Values(string column) => Rows.Select(row => row.Text(column)).OfType<string>();
}
