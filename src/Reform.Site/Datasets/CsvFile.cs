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
        WriteRecords(target, header, rows, codeSafe);
    }

    /// <summary>Writes only the records of <paramref name="rows"/>, as <see cref="Write(Stream, IReadOnlyList{string}, IEnumerable{IReadOnlyList{string}}, IReadOnlyList{bool}?)"/>
    /// writes them after its header: a part that <see cref="WriteJoined"/> puts together with others.</summary>
    public static void WriteRecords(Stream target, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? codeSafe = null) =>
        WriteRecords(target, header: null, rows, codeSafe);

    /// <summary>The CSV of <paramref name="header"/> and the records each of <paramref name="parts"/>
    /// copies in (made by <see cref="WriteRecords(Stream, IEnumerable{IReadOnlyList{string}}, IReadOnlyList{bool}?)"/>
    /// with the same columns): byte for byte what <see cref="Write(Stream, IReadOnlyList{string}, IEnumerable{IReadOnlyList{string}}, IReadOnlyList{bool}?)"/>
    /// writes for all their rows, since a record's bytes depend on its own cells only. The
    /// all-plans tables are put together this way from each plan's part, kept between builds,
    /// instead of quoting and checking every cell of every plan again (docs/performance.md).</summary>
    public static void WriteJoined(Stream target, IReadOnlyList<string> header, IEnumerable<Action<Stream>> parts)
    {
        target.Write(Bom);
        WriteRecords(target, header, [], codeSafe: null);
        foreach (var part in parts) part(target);
    }

    private static void WriteRecords(Stream target, IReadOnlyList<string>? header, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? codeSafe)
    {
        using var writer = new StreamWriter(target, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            // With an explicit NewLine, CsvHelper only quotes fields containing that exact string;
            // a lone \n inside a text must be quoted too or the row breaks in two.
            ShouldQuote = args => args.Field is { } f && (f.AsSpan().IndexOfAny("\",\r\n") >= 0 || (f.Length > 0 && (f[0] == ' ' || f[^1] == ' '))),
        });
        if (header is not null)
        {
            foreach (var h in header) csv.WriteField(SpreadsheetText.Safe(h));
            csv.NextRecord();
        }
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
                csv.WriteField(codeSafe is not null && c < codeSafe.Count && codeSafe[c] ? SpreadsheetText.SafeCode(row[c]) : SpreadsheetText.Safe(row[c]));
            csv.NextRecord();
        }
    }

    /// <summary>A canonical table as it is in data/, for spreadsheets: a BOM added (unless it has
    /// one) and every record ended with CRLF as RFC 4180 says, like every CSV download. Only the
    /// line breaks between records change: a break inside a quoted cell is the cell's text and is
    /// kept as it is, so the download loads back into the same cells, and taking the BOM off and
    /// the CR of each record end gives back the data/ file byte for byte (<see cref="ToCanonical"/>).
    /// Copied from <paramref name="source"/> to <paramref name="target"/> as a stream.</summary>
    public static void CopyCanonical(string source, Stream target)
    {
        using var file = File.OpenRead(source);
        Span<byte> start = stackalloc byte[3];
        var read = file.ReadAtLeast(start, 3, throwOnEndOfStream: false);
        target.Write(Bom);
        var lines = new RecordEnds(target, toCrlf: true);
        if (!start[..read].SequenceEqual(Bom)) lines.Write(start[..read]);
        lines.CopyFrom(file);
    }

    /// <summary>A CSV download as data/ keeps it: without the BOM, each record ended with LF;
    /// line breaks inside quoted cells are kept as they are.</summary>
    public static void ToCanonical(Stream source, Stream target)
    {
        SkipBom(source, out var start);
        var lines = new RecordEnds(target, toCrlf: false);
        lines.Write(start);
        lines.CopyFrom(source);
    }

    /// <summary>A CSV without its BOM: what the copies described by a data package are (the
    /// JavaScript Frictionless client reads a BOM as part of the first column's name).</summary>
    public static void CopyWithoutBom(Stream source, Stream target)
    {
        SkipBom(source, out var start);
        target.Write(start);
        source.CopyTo(target);
    }

    private static void SkipBom(Stream source, out byte[] start)
    {
        var head = new byte[3];
        var read = source.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        start = head.AsSpan(0, read).SequenceEqual(Bom) ? [] : head[..read];
    }

    /// <summary>Rewrites the line breaks that end records (outside quotes) as CRLF or as LF.
    /// Quotes toggle the state; an escaped quote ("") toggles it twice, which leaves it right.</summary>
    private sealed class RecordEnds(Stream target, bool toCrlf)
    {
        private bool _quoted;
        private bool _pendingCr; // a CR outside quotes, not yet known to start a CRLF
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _used;

        public void CopyFrom(Stream source)
        {
            var chunk = new byte[1 << 16];
            int read;
            while ((read = source.Read(chunk)) > 0) Write(chunk.AsSpan(0, read));
            Flush();
        }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (_pendingCr)
                {
                    _pendingCr = false;
                    if (b == (byte)'\n') { End(); continue; }
                    Put((byte)'\r'); // a lone CR: not a record end this writer makes or undoes
                }
                if (b == (byte)'"') _quoted = !_quoted;
                if (!_quoted && b == (byte)'\r') { _pendingCr = true; continue; }
                if (!_quoted && b == (byte)'\n') { End(); continue; }
                Put(b);
            }
        }

        private void End()
        {
            if (toCrlf) Put((byte)'\r');
            Put((byte)'\n');
        }

        private void Put(byte b)
        {
            if (_used == _buffer.Length) Drain();
            _buffer[_used++] = b;
        }

        private void Drain()
        {
            target.Write(_buffer, 0, _used);
            _used = 0;
        }

        private void Flush()
        {
            if (_pendingCr) Put((byte)'\r');
            _pendingCr = false;
            Drain();
        }
    }
}
