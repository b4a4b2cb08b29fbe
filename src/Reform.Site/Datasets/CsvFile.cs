using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Reform.Site.Datasets;

/// <summary>Writes CSV for spreadsheets: UTF-8 with a BOM (so Japanese Excel reads it), CRLF,
/// RFC 4180 quoting, and every text cell made formula-safe.</summary>
internal static class CsvFile
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? codeSafe = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, header, rows, codeSafe);
        return buffer.ToArray();
    }

    /// <summary>Writes the CSV to <paramref name="target"/>: a national all-plans table (hundreds
    /// of MB) is never held as one array.</summary>
    /// <param name="codeSafe">Per column, whether a text that a spreadsheet would take for a number
    /// or a date is written in the safe form (<see cref="SpreadsheetText.SafeCode"/>).</param>
    public static void Write(Stream target, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? codeSafe = null)
    {
        target.Write(Bom);
        using (var writer = new StreamWriter(target, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            // With an explicit NewLine, CsvHelper only quotes fields containing that exact string;
            // a lone \n inside a text must be quoted too or the row breaks in two.
            ShouldQuote = args => args.Field is { } f && (f.AsSpan().IndexOfAny("\",\r\n") >= 0 || (f.Length > 0 && (f[0] == ' ' || f[^1] == ' '))),
        }))
        {
            foreach (var h in header) csv.WriteField(SpreadsheetText.Safe(h));
            csv.NextRecord();
            foreach (var row in rows)
            {
                for (var c = 0; c < row.Count; c++)
                    csv.WriteField(codeSafe is not null && c < codeSafe.Count && codeSafe[c] ? SpreadsheetText.SafeCode(row[c]) : SpreadsheetText.Safe(row[c]));
                csv.NextRecord();
            }
        }
    }

    /// <summary>A canonical table exactly as it is in data/, with a BOM added for Excel (unless it
    /// has one), so a download loads back through the loader unchanged; copied from
    /// <paramref name="source"/> to <paramref name="target"/> without holding it as one array.</summary>
    public static void CopyWithBom(string source, Stream target)
    {
        using var file = File.OpenRead(source);
        Span<byte> start = stackalloc byte[3];
        var read = file.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        if (!start[..read].SequenceEqual(Bom)) target.Write(Bom);
        target.Write(start[..read]);
        file.CopyTo(target);
    }
}
