using System.Text;

namespace Reform.Site.Datasets;

/// <summary>Rows of cells kept in a file instead of in memory, read back in the order they were
/// written, exactly (any text, line breaks included). A plan's rows of the all-plans tables wait
/// in one of these until every plan is done: held in memory they were a large part of a national
/// build's peak (docs/performance.md). The file starts with its row count, so a kept file can be
/// opened again.</summary>
internal sealed class RowSpool
{
    private const int Magic = 0x52535031; // "RSP1": a file of this format, this version

    private readonly string _path;

    private RowSpool(string path, int count) => (_path, Count) = (path, count);

    public int Count { get; }

    public static RowSpool Write(string path, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using (var writer = new BinaryWriter(File.Create(path, 1 << 16), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(rows.Count);
            foreach (var row in rows)
            {
                writer.Write(row.Count);
                foreach (var cell in row) writer.Write(cell);
            }
        }
        return new RowSpool(path, rows.Count);
    }

    /// <summary>A spool written before (by <see cref="Write"/>); null when the file is missing or not one.</summary>
    public static RowSpool? Open(string path)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            return reader.BaseStream.Length >= 8 && reader.ReadInt32() == Magic ? new RowSpool(path, reader.ReadInt32()) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public IEnumerable<IReadOnlyList<string>> Read()
    {
        using var reader = new BinaryReader(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
        reader.ReadInt64(); // magic and count
        for (var r = 0; r < Count; r++)
        {
            var cells = new string[reader.ReadInt32()];
            for (var c = 0; c < cells.Length; c++) cells[c] = reader.ReadString();
            yield return cells;
        }
    }
}
