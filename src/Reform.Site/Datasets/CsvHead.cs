using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Reform.Site.Datasets;

/// <summary>What a data package says about a CSV file as it is: the columns of its header, in
/// their order (names trimmed, as the loader reads them), and the line break its header ends with.</summary>
internal sealed record CsvHead(IReadOnlyList<string> Columns, string LineTerminator)
{
    /// <summary>Reads the header of <paramref name="path"/> (UTF-8, with or without a BOM). A file
    /// without a line break says CRLF, the RFC 4180 default.</summary>
    public static CsvHead Read(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var start = new char[1 << 16];
        var length = reader.ReadBlock(start, 0, start.Length);
        var text = new string(start, 0, length);
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Mode = CsvMode.RFC4180 });
        var columns = parser.Read() && parser.Record is { } header ? header.Select(h => h.Trim()).ToList() : [];
        return new CsvHead(columns, LineBreakOfFirstRecord(text));
    }

    /// <summary>The first line break outside quotes: "\r\n", "\n" or "\r".</summary>
    private static string LineBreakOfFirstRecord(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\n') return "\n";
            else if (!quoted && c == '\r') return i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : "\r";
        }
        return "\r\n";
    }
}
