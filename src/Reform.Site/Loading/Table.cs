namespace Reform.Site.Loading;

/// <summary>A CSV table read from disk: its schema, the columns actually present and its rows.</summary>
public sealed record Table(TableSchema Schema, string RelativePath, IReadOnlyList<string> Columns, IReadOnlyList<TableRow> Rows)
{
    public static Table Empty(TableSchema schema, string relativePath) => new(schema, relativePath, [], []);
}
