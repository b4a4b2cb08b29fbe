using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Reform.Site.Diagnostics;

namespace Reform.Site.Loading;

/// <summary>Reads one CSV table and checks its header and every cell against the table's
/// schema. Every problem is reported with file, Excel row and column; nothing is thrown.</summary>
internal static class CsvTableReader
{
    /// <param name="codes">Codes, ids and numbers already read from the plan's other tables (see
    /// <see cref="ReadRow"/>); null for a table read on its own.</param>
    public static Table Read(string path, string relativePath, TableSchema schema, DiagnosticBag diagnostics, Dictionary<string, string>? codes = null)
    {
        var file = new SourceLocation(relativePath);
        var text = TextFileDecoder.Decode(File.ReadAllBytes(path), file, diagnostics);
        return text is null ? Table.Unreadable(schema, relativePath) : Parse(text, file, schema, diagnostics, codes);
    }

    public static Table Parse(string text, SourceLocation file, TableSchema schema, DiagnosticBag diagnostics, Dictionary<string, string>? codes = null)
    {
        var badData = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            BadDataFound = _ => badData = true,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        using var parser = new CsvParser(new StringReader(text), config);
        if (!parser.Read() || parser.Record is not { } header)
        {
            diagnostics.Add(Codes.MissingRequiredColumn, file.At(1).InColumn(string.Join(", ", schema.Fields.Where(field => field.Required).Select(field => field.Name)), null));
            return Table.Empty(schema, file.File);
        }
        var columns = CheckHeader(header, file, schema, diagnostics);
        var fields = columns.Select(column => new Column(column.Key, column.Value, schema.Field(column.Key)!)).ToArray();
        var rows = new List<TableRow>();
        codes ??= new Dictionary<string, string>(StringComparer.Ordinal);
        while (SafeRead(parser, ref badData))
        {
            var at = file.At(parser.Row, StartLine(parser));
            if (badData)
            {
                diagnostics.Add(Codes.MalformedCsv, at);
                badData = false;
                continue;
            }
            var record = parser.Record!;
            if (record.All(string.IsNullOrWhiteSpace)) continue;
            if (record.Length != header.Length)
                diagnostics.Add(Codes.WrongCellCount, at, value: record.Length.ToString(CultureInfo.InvariantCulture), expected: header.Length.ToString(CultureInfo.InvariantCulture));
            rows.Add(ReadRow(record, fields, columns, at, codes, diagnostics));
        }
        if (badData) diagnostics.Add(Codes.MalformedCsv, file.At(parser.Row));
        return new Table(schema, file.File, columns.Keys.ToList(), rows);
    }

    /// <summary>The line a record starts on: the parser reports the line it ends on. Line breaks
    /// inside a record can only be inside its (quoted) cells, so they are counted there.</summary>
    private static int StartLine(CsvParser parser)
    {
        var breaks = 0;
        foreach (var cell in parser.Record!)
            if (cell.AsSpan().ContainsAny('\n', '\r'))
                breaks += cell.AsSpan().Count('\n') + cell.AsSpan().Count('\r') - cell.AsSpan().Count("\r\n");
        return parser.RawRow - breaks;
    }

    private static bool SafeRead(CsvParser parser, ref bool badData)
    {
        try
        {
            return parser.Read();
        }
        catch (CsvHelperException)
        {
            badData = true;
            return false;
        }
    }

    private static Dictionary<string, int> CheckHeader(string[] header, SourceLocation file, TableSchema schema, DiagnosticBag diagnostics)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            var at = file.At(1).InColumn(name, i);
            if (schema.Field(name) is null)
                diagnostics.Add(Codes.UnknownColumn, at, expected: string.Join(", ", schema.Fields.Select(field => field.Name)));
            else if (!columns.TryAdd(name, i))
                diagnostics.Add(Codes.DuplicateColumn, at);
        }
        foreach (var field in schema.Fields.Where(candidate => candidate.Required && !columns.ContainsKey(candidate.Name)))
            diagnostics.Add(Codes.MissingRequiredColumn, file.At(1).InColumn(field.Name, null));
        return columns;
    }

    private static readonly IReadOnlySet<string> NoFailures = new HashSet<string>();

    /// <summary>A column of the file with its schema, looked up once per table, and the values
    /// that already passed its check: a code written on many rows is checked once.</summary>
    private sealed record Column(string Name, int Index, FieldSchema Field)
    {
        public HashSet<string> Passed { get; } = new(StringComparer.Ordinal);
    }

    /// <param name="codes">The codes, ids and numbers seen so far in this table (and, for a plan,
    /// in its other tables): a node id, an assessment or a rating written on many rows is kept
    /// once, so the model holds one string per value, not one per cell (a national data set's
    /// ratings alone are millions of rows; docs/performance.md).</param>
    private static TableRow ReadRow(string[] record, Column[] columns, Dictionary<string, int> columnIndex, SourceLocation at, Dictionary<string, string> codes, DiagnosticBag diagnostics)
    {
        // Sized up front and the failure set made only when needed: growing them for every row
        // of a national data set showed in the profile.
        var cells = new Dictionary<string, string>(columns.Length, StringComparer.Ordinal);
        HashSet<string>? failed = null;
        foreach (var column in columns)
        {
            var value = column.Index < record.Length ? record[column.Index] : "";
            // Codes and numbers are trimmed; free text keeps its spacing exactly as written.
            if (!column.Field.IsFreeText)
            {
                value = value.Trim();
                if (codes.TryGetValue(value, out var known)) value = known;
                else codes[value] = value;
                // The check depends on the value alone, and a value that passed reports nothing.
                if (value.Length > 0 && column.Passed.Contains(value))
                {
                    cells[column.Name] = value;
                    continue;
                }
            }
            if (!CellChecker.Check(column.Field, value, at, column.Index, diagnostics)) (failed ??= new(StringComparer.Ordinal)).Add(column.Name);
            else if (value.Length > 0)
            {
                cells[column.Name] = value;
                if (!column.Field.IsFreeText) column.Passed.Add(value);
            }
        }
        return new TableRow(at, cells, columnIndex, failed ?? NoFailures);
    }
}
