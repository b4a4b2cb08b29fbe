using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Reform.Site.Datasets;

/// <summary>What a data package says about a CSV file as it is: the columns of its header, in
/// their order (names trimmed, as the loader reads them). Every CSV download ends its records
/// with CRLF (<see cref="CsvFile"/>), so the line break is not read from the file.</summary>
internal sealed record CsvHead(IReadOnlyList<string> Columns)
{
    /// <summary>Reads the header of <paramref name="path"/> (UTF-8, with or without a BOM).</summary>
    public static CsvHead Read(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var start = new char[1 << 16];
        var length = reader.ReadBlock(start, 0, start.Length);
        var text = new string(start, 0, length);
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Mode = CsvMode.RFC4180 });
        var columns = parser.Read() && parser.Record is { } header ? header.Select(h => h.Trim()).ToList() : [];
        return new CsvHead(columns);
    }
}
