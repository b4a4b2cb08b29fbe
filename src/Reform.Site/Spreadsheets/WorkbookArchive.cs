using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Reform.Site.Diagnostics;

namespace Reform.Site.Spreadsheets;

/// <summary>A workbook refused before (or while) reading it, with the diagnostic code that
/// says why. Every value in it is for the message, never a path.</summary>
internal sealed class WorkbookRejectedException(DiagnosticCode code, string value, string? expected = null, Exception? inner = null, string? valueJa = null)
    : Exception($"{code}: {value}", inner)
{
    public DiagnosticCode Code { get; } = code;
    public string Value { get; } = value;
    public string? Expected { get; } = expected;

    /// <summary>What is wrong, for the Japanese message (RS130's detail_ja); null where
    /// <see cref="Value"/> is a name (a part, a file type) that reads the same in both languages.</summary>
    public string? ValueJa { get; } = valueJa;
}

/// <summary>Checks an .xlsx (a zip archive of XML parts) before OpenXml sees it, because a
/// workbook is whatever someone sends by e-mail: it may be a zip bomb (a small file that
/// inflates to gigabytes), carry a DTD or external entity, or simply be broken. The limits leave
/// two orders of magnitude of headroom above the biggest table of a real plan
/// (docs/performance.md) and still keep one import well inside a laptop's memory.</summary>
internal static class WorkbookArchive
{
    /// <summary>The .xlsx file itself. It is read into memory once so the bytes that are checked
    /// are exactly the bytes OpenXml reads afterwards (no window to swap the file in between),
    /// and so the zip's central directory, which ZipArchive holds in memory as one object per
    /// entry, stays small.</summary>
    public const long MaxFileBytes = 32L << 20; // 32 MiB

    /// <summary>Parts in the archive. A workbook has a few dozen (one per sheet plus styles,
    /// shared strings, relationships); Excel's own limit on sheets is memory, so 10,000 only
    /// refuses archives made to exhaust us with entries.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>One part, inflated. OpenXml loads a sheet as a DOM many times its XML size
    /// (docs/performance.md), so a part of this size already takes a large share of a laptop's
    /// memory while importing.</summary>
    public const long MaxEntryBytes = 64L << 20; // 64 MiB

    /// <summary>All parts together, inflated.</summary>
    public const long MaxTotalBytes = 256L << 20; // 256 MiB

    /// <summary>Inflated : compressed. Spreadsheet XML is repetitive and compresses well, yet far
    /// less than this (docs/performance.md); deflate's ceiling is about 1032:1, which only runs of
    /// one byte reach. A part above <see cref="RatioFloorBytes"/> that compresses better than
    /// 100:1 is a bomb, not a table.</summary>
    public const long MaxRatio = 100;

    /// <summary>Small parts may compress as well as they like (an empty sheet is mostly one
    /// repeated tag); the ratio only matters once a part could hurt.</summary>
    public const long RatioFloorBytes = 1L << 20; // 1 MiB

    /// <summary>Reads the file (refusing one larger than <see cref="MaxFileBytes"/>) and checks
    /// it; throws <see cref="WorkbookRejectedException"/> for anything it will not open.</summary>
    public static byte[] ReadChecked(string path)
    {
        byte[] bytes;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            if (file.Length > MaxFileBytes)
                throw new WorkbookRejectedException(Codes.WorkbookTooLarge, $"{Path.GetFileName(path)} = {MiB(file.Length)}", $"{MiB(MaxFileBytes)}");
            bytes = new byte[file.Length];
            file.ReadExactly(bytes);
        }
        if (OtherFormat(bytes, Path.GetExtension(path)) is { } format)
            throw new WorkbookRejectedException(Codes.NotAnXlsxWorkbook, format);
        Check(bytes);
        return bytes;
    }

    /// <summary>The format of a spreadsheet that is not an .xlsx (LibreOffice's .ods, the old
    /// .xls, a password-protected workbook, a CSV), so the refusal says how to save it instead of
    /// "the workbook part is missing"; null for anything else.</summary>
    public static string? OtherFormat(byte[] bytes, string extension)
    {
        // OLE2 compound file: the .xls of Excel 97–2003, or an .xlsx encrypted with a password.
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return string.Equals(extension, ".xls", StringComparison.OrdinalIgnoreCase) ? ".xls (Excel 97-2003)" : ".xls (Excel 97-2003) / password";
        // OpenDocument: a zip whose first entry is "mimetype", stored, naming the format.
        if (bytes.Length > 80 && bytes.AsSpan(30, 8).SequenceEqual("mimetype"u8) && System.Text.Encoding.ASCII.GetString(bytes, 38, Math.Min(80, bytes.Length - 38)).Contains("opendocument", StringComparison.Ordinal))
            return ".ods (OpenDocument)";
        return extension.ToLowerInvariant() switch
        {
            ".ods" => ".ods (OpenDocument)",
            ".csv" => ".csv",
            ".numbers" => ".numbers (Apple Numbers)",
            _ => null,
        };
    }

    /// <summary>
    /// Inspects every entry of the archive.
    /// <para>The declared sizes in the zip's central directory are checked first: that refuses
    /// an honest bomb at once, without inflating anything. But they are only claims, so every
    /// entry is then inflated once through <see cref="CappedStream"/>, which counts the bytes
    /// that actually come out and throws as soon as an entry goes past what it declared, past
    /// <see cref="MaxEntryBytes"/>, past the ratio or past <see cref="MaxTotalBytes"/> in all
    /// — so a lying header costs at most the cap, never the bomb. Inflating is deterministic
    /// and OpenXml reads these same bytes (from memory, see <see cref="ReadChecked"/>) through
    /// the same System.IO.Compression, so what OpenXml inflates later is what was counted
    /// here. In fact System.IO.Compression (seen on .NET 10) already stops an entry's stream at
    /// the size the central directory declares, so a lying header gets a truncated part rather
    /// than a bomb, and the declared sizes checked above bound OpenXml's reads too; the count
    /// keeps that true without relying on it. (OpenXml is also opened with
    /// <c>MaxCharactersInPart</c>, its own bound on each part it parses.)</para>
    /// <para>The XML parts are parsed in the same pass with DTDs prohibited and no resolver,
    /// so a DTD or entity is refused with its own code before OpenXml parses anything, and a
    /// part that is not well-formed XML is reported instead of surfacing as an exception.</para>
    /// </summary>
    public static void Check(byte[] bytes)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new WorkbookRejectedException(Codes.UnreadableWorkbook, "not a zip archive (.xlsx): " + e.Message, inner: e,
                valueJa: "zip 形式のファイル（.xlsx）ではありません。");
        }
        using (archive)
        {
            IReadOnlyList<ZipArchiveEntry> entries;
            try
            {
                entries = archive.Entries;
            }
            catch (InvalidDataException e)
            {
                throw new WorkbookRejectedException(Codes.UnreadableWorkbook, "the zip directory is damaged: " + e.Message, inner: e,
                    valueJa: "ファイルの目録（zip の中央ディレクトリ）が壊れています。");
            }
            if (entries.Count > MaxEntries)
                throw new WorkbookRejectedException(Codes.WorkbookTooLarge, $"{N(entries.Count)} parts", $"{N(MaxEntries)} parts");
            long declaredTotal = 0;
            foreach (var entry in entries)
            {
                if (entry.Length > MaxEntryBytes)
                    throw new WorkbookRejectedException(Codes.WorkbookTooLarge, $"{entry.FullName} = {MiB(entry.Length)}", $"{MiB(MaxEntryBytes)}");
                if (entry.Length > RatioFloorBytes && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength))
                    throw new WorkbookRejectedException(Codes.WorkbookTooLarge, $"{entry.FullName} = {Ratio(entry.Length, entry.CompressedLength)}", $"{MaxRatio}:1");
                declaredTotal += entry.Length;
                if (declaredTotal > MaxTotalBytes)
                    throw new WorkbookRejectedException(Codes.WorkbookTooLarge, $"> {MiB(declaredTotal)}", $"{MiB(MaxTotalBytes)}");
            }
            var budget = new Budget();
            foreach (var entry in entries) Inflate(entry, budget);
        }
    }

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
    };

    private static void Inflate(ZipArchiveEntry entry, Budget budget)
    {
        try
        {
            using var capped = new CappedStream(entry.Open(), entry, budget);
            if (IsXml(entry.FullName))
            {
                using var reader = XmlReader.Create(capped, XmlSettings);
                while (reader.Read()) { }
            }
            else
            {
                capped.CopyTo(Stream.Null);
            }
        }
        catch (WorkbookRejectedException)
        {
            throw;
        }
        catch (XmlException e)
        {
            if (HasDocumentType(entry))
                throw new WorkbookRejectedException(Codes.WorkbookDtd, entry.FullName, inner: e);
            throw new WorkbookRejectedException(Codes.UnreadableWorkbook, $"{entry.FullName} is not well-formed XML (line {e.LineNumber}, position {e.LinePosition})", inner: e,
                valueJa: $"部品 {entry.FullName} の XML が壊れています（{e.LineNumber} 行 {e.LinePosition} 文字目）。");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            // A damaged or truncated entry, or a compression method .NET does not read (Excel
            // only uses deflate and stored).
            throw new WorkbookRejectedException(Codes.UnreadableWorkbook, $"{entry.FullName} cannot be unpacked: {e.Message}", inner: e,
                valueJa: $"部品 {entry.FullName} を展開できません（壊れているか、対応していない圧縮方式です）。");
        }
    }

    /// <summary>Why a prohibited-DTD parse failed is only in the exception's text; rather than
    /// match on wording, look again: parse the prolog with DTDs allowed but nothing resolved
    /// and stop at the first node that is not the XML declaration or whitespace. Nothing is
    /// expanded (entities are only expanded where content refers to them, and the reader stops
    /// before any content), and the resolver is null, so nothing external is fetched.</summary>
    private static bool HasDocumentType(ZipArchiveEntry entry)
    {
        try
        {
            using var capped = new CappedStream(entry.Open(), entry, new Budget());
            using var reader = XmlReader.Create(capped, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Parse,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                CloseInput = false,
            });
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.XmlDeclaration or XmlNodeType.Whitespace or XmlNodeType.Comment or XmlNodeType.ProcessingInstruction) continue;
                return reader.NodeType == XmlNodeType.DocumentType;
            }
            return false;
        }
        catch (Exception e) when (e is XmlException or WorkbookRejectedException or InvalidDataException or IOException)
        {
            // A DTD so broken that it fails to parse even when allowed: still a DTD if it says so.
            return e is XmlException x && x.Message.Contains("DTD", StringComparison.Ordinal);
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static string MiB(long bytes) =>
        (bytes / (double)(1L << 20)).ToString(bytes < (10L << 20) ? "0.##" : "0", CultureInfo.InvariantCulture) + " MiB";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(long inflated, long compressed) =>
        N(inflated / Math.Max(1, compressed)) + ":1";

    /// <summary>An entry's inflated stream held to the limits for an entry that declares
    /// <paramref name="declaredLength"/> bytes from <paramref name="compressedLength"/>: reading
    /// past them throws <see cref="WorkbookRejectedException"/> (RS131). Public so the count can
    /// be tested without depending on how System.IO.Compression treats a lying header.</summary>
    public static Stream Capped(Stream inflated, string entryName, long declaredLength, long compressedLength) =>
        new CappedStream(inflated, entryName, declaredLength, compressedLength, new Budget());

    private sealed class Budget
    {
        public long Total;
    }

    /// <summary>Counts the bytes an entry really inflates to and stops at the first byte past
    /// any limit, so memory and time stay bounded whatever the headers claim.</summary>
    private sealed class CappedStream(Stream inner, string name, long declared, long compressed, Budget budget) : Stream
    {
        public CappedStream(Stream inner, ZipArchiveEntry entry, Budget budget)
            : this(inner, entry.FullName, entry.Length, entry.CompressedLength, budget) { }

        private readonly long _limit = Math.Min(
            Math.Min(declared, MaxEntryBytes),
            Math.Max(RatioFloorBytes, MaxRatio * Math.Max(1, compressed)));

        private long _count;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _count += n;
            budget.Total += n;
            if (_count > _limit)
            {
                var expected = _count > declared ? $"{N(declared)} bytes as declared" : $"{MiB(MaxEntryBytes)}, {MaxRatio}:1";
                throw new WorkbookRejectedException(Codes.WorkbookTooLarge, $"{name} > {N(_limit)} bytes", expected);
            }
            if (budget.Total > MaxTotalBytes)
                throw new WorkbookRejectedException(Codes.WorkbookTooLarge, $"> {MiB(budget.Total)}", $"{MiB(MaxTotalBytes)}");
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _count; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
