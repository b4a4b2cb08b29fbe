using System.IO.Compression;
using Reform.Site.Infrastructure;

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

    /// <summary>The same archive, byte for byte, as <see cref="Write"/> writes, with every entry
    /// compressed at the same time as the others, each on a thread of its own into a scratch file
    /// (<see cref="ZipWriter.Deflate"/>), then copied in, in order. For an archive of a few large
    /// entries: the all-plans workbook's two sheets (290 MB of XML at 10,000 initiatives), compressed
    /// one after the other, were the end of a one-plan rebuild's downloads (docs/performance.md).</summary>
    public static void WriteSideBySide(Stream target, IReadOnlyList<(string Path, Action<Stream> Write)> entries)
    {
        var scratch = ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-zip-");
        Directory.CreateDirectory(scratch);
        var compressing = entries.Select((e, i) => OwnThread.Run(() =>
            ZipWriter.Deflate(e.Path, e.Write, Path.Combine(scratch, i.ToString(System.Globalization.CultureInfo.InvariantCulture))))).ToList();
        try
        {
            var zip = new ZipWriter(target);
            foreach (var entry in compressing) zip.Add(entry.GetAwaiter().GetResult());
            zip.Finish();
        }
        finally
        {
            // However the archive ends, nothing writes into the scratch folder once this returns.
            try { Task.WaitAll(compressing); }
            catch (AggregateException) { } // thrown above, where the archive waited for the entry
            Directory.Delete(scratch, recursive: true);
        }
    }
}
