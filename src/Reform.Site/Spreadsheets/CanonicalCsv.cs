using System.Text;

namespace Reform.Site.Spreadsheets;

/// <summary>Writes a table the way data/ keeps them: UTF-8 without BOM, LF line ends, a cell
/// quoted only when it holds a comma, a quote or a line break.</summary>
internal static class CanonicalCsv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder();
        Line(sb, header);
        foreach (var row in rows) Line(sb, row);
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) sb.Append(',');
            var cell = cells[i].Replace("\r\n", "\n", StringComparison.Ordinal);
            sb.Append(cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }
        sb.Append('\n');
    }
}
