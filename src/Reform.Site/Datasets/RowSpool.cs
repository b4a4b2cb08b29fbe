using System.Text;

namespace Reform.Site.Datasets;

/// <summary>Rows of cells kept in a scratch file instead of in memory, read back in the order
/// they were written, exactly (any text, line breaks included). A plan's rows of the all-plans
/// tables wait in one of these until every plan is done: held in memory they were about 0.5 GB
/// at 100,000 initiatives.</summary>
public sealed class RowSpool
{
    private readonly string _path;

    private RowSpool(string path, int count) => (_path, Count) = (path, count);

    public int Count { get; }

    public static RowSpool Write(string path, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        using (var writer = new BinaryWriter(File.Create(path, 1 << 16), Encoding.UTF8))
            foreach (var row in rows)
            {
                writer.Write(row.Count);
                foreach (var cell in row) writer.Write(cell);
            }
        return new RowSpool(path, rows.Count);
    }

    public IEnumerable<IReadOnlyList<string>> Read()
    {
        using var reader = new BinaryReader(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
        for (var r = 0; r < Count; r++)
        {
            var cells = new string[reader.ReadInt32()];
            for (var c = 0; c < cells.Length; c++) cells[c] = reader.ReadString();
            yield return cells;
        }
    }
}
