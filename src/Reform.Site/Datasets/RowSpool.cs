using System.Buffers.Binary;
using System.Text;

namespace Reform.Site.Datasets;

/// <summary>A plan's part of the all-plans tables, kept in a file instead of in memory: its rows of
/// cells, read back in the order they were written, exactly (any text, line breaks included), for
/// the workbook; and the same rows as CSV records (<see cref="CsvFile.WriteRecords(Stream, IEnumerable{IReadOnlyList{string}}, IReadOnlyList{bool}?)"/>),
/// which the all-plans CSV copies as they are. Held in memory, the rows were a large part of a
/// national build's peak; made again from the rows, the CSV records were the largest part of a
/// one-plan rebuild's downloads (docs/performance.md). The file starts with its row count and the
/// records' length, so a kept file can be opened again.</summary>
internal sealed class RowSpool
{
    private const int Magic = 0x52535032; // "RSP2": a file of this format, this version (rows and their CSV records)
    private const int HeaderLength = 16; // magic, row count, the CSV records' length

    private readonly string _path;
    private readonly long _csvLength;

    private RowSpool(string path, int count, long csvLength) => (_path, Count, _csvLength) = (path, count, csvLength);

    public int Count { get; }

    /// <param name="codeSafe">Per column, whether the CSV writes a code in its safe form (as
    /// <see cref="CsvFile.Write(Stream, IReadOnlyList{string}, IEnumerable{IReadOnlyList{string}}, IReadOnlyList{bool}?)"/> takes it).</param>
    public static RowSpool Write(string path, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<bool>? codeSafe = null)
    {
        long csvLength;
        using (var file = File.Create(path, 1 << 16))
        {
            file.Write(new byte[HeaderLength]);
            CsvFile.WriteRecords(file, rows, codeSafe);
            csvLength = file.Position - HeaderLength;
            using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
                foreach (var row in rows)
                {
                    writer.Write(row.Count);
                    foreach (var cell in row) writer.Write(cell);
                }
            Span<byte> header = stackalloc byte[HeaderLength];
            BinaryPrimitives.WriteInt32LittleEndian(header, Magic);
            BinaryPrimitives.WriteInt32LittleEndian(header[4..], rows.Count);
            BinaryPrimitives.WriteInt64LittleEndian(header[8..], csvLength);
            file.Position = 0;
            file.Write(header);
        }
        return new RowSpool(path, rows.Count, csvLength);
    }

    /// <summary>A spool written before (by <see cref="Write"/>); null when the file is missing, not
    /// one, or shorter than it says.</summary>
    public static RowSpool? Open(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> header = stackalloc byte[HeaderLength];
            if (file.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false) < HeaderLength || BinaryPrimitives.ReadInt32LittleEndian(header) != Magic) return null;
            var (count, csvLength) = (BinaryPrimitives.ReadInt32LittleEndian(header[4..]), BinaryPrimitives.ReadInt64LittleEndian(header[8..]));
            return count >= 0 && csvLength >= 0 && file.Length >= HeaderLength + csvLength ? new RowSpool(path, count, csvLength) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public IEnumerable<IReadOnlyList<string>> Read()
    {
        using var reader = new BinaryReader(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
        reader.BaseStream.Position = HeaderLength + _csvLength;
        for (var r = 0; r < Count; r++)
        {
            var cells = new string[reader.ReadInt32()];
            for (var c = 0; c < cells.Length; c++) cells[c] = reader.ReadString();
            yield return cells;
        }
    }

    /// <summary>Copies the rows' CSV records into <paramref name="target"/>, as they were written.</summary>
    public void CopyCsvRecordsTo(Stream target) => Infrastructure.FileRange.Copy(_path, HeaderLength, _csvLength, target);
}
