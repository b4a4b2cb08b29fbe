using System.IO.Compression;

namespace Reform.Site.Datasets;

/// <summary>A ZIP whose bytes depend only on its contents: entries in the given order, one fixed
/// timestamp, fixed compression level.</summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the archive to <paramref name="target"/> (seekable, as a file or memory is:
    /// the same bytes either way); each entry is written straight into it by its <c>write</c>, so a
    /// large entry (a worksheet) never exists uncompressed as one array.</summary>
    public static void Write(Stream target, IEnumerable<(string Path, Action<Stream> Write)> entries)
    {
        using var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, write) in entries)
        {
            var entry = zip.CreateEntry(path, CompressionLevel.Fastest); // Optimal costs much more time for barely smaller files (docs/performance.md)
            entry.LastWriteTime = Timestamp;
            using var stream = entry.Open();
            write(stream);
        }
    }
}
