using System.Buffers.Binary;
using System.Text;

namespace Reform.Site.Datasets;

/// <summary>The entries of a ZIP file, each as <see cref="ZipEntryData"/> whose stored bytes are
/// copied from the file as they are (not decompressed): how the ZIP of everything takes a plan's
/// files from that plan's ZIP. Reads the plain ZIPs that System.IO.Compression writes for the
/// plans; anything else (ZIP64 records, encryption, a damaged or truncated file) gives null, and
/// the caller compresses the files itself.</summary>
internal static class ZipIndex
{
    private const uint LocalHeader = 0x04034b50, CentralHeader = 0x02014b50, EndOfCentral = 0x06054b50;

    /// <summary>The entries of <paramref name="zipPath"/> by name, or null when it cannot be read as a plain ZIP.</summary>
    public static IReadOnlyDictionary<string, ZipEntryData>? Read(string zipPath)
    {
        try
        {
            using var file = File.OpenRead(zipPath);
            return Read(file, zipPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidDataException)
        {
            return null;
        }
    }

    private static Dictionary<string, ZipEntryData>? Read(FileStream file, string zipPath)
    {
        // The end record is the last 22 bytes when the archive has no comment, as ours never do.
        if (file.Length < 22) return null;
        var end = new byte[22];
        file.Position = file.Length - 22;
        file.ReadExactly(end);
        if (U32(end, 0) != EndOfCentral || U16(end, 20) != 0) return null;
        int count = U16(end, 10);
        long size = U32(end, 12), start = U32(end, 16);
        if (count == ushort.MaxValue || size == uint.MaxValue || start == uint.MaxValue || start + size > file.Length - 22) return null;
        var central = new byte[size];
        file.Position = start;
        file.ReadExactly(central);
        var entries = new Dictionary<string, ZipEntryData>(count, StringComparer.Ordinal);
        var local = new byte[30];
        var at = 0;
        for (var i = 0; i < count; i++)
        {
            if (at + 46 > central.Length || U32(central, at) != CentralHeader) return null;
            var flags = U16(central, at + 8);
            var method = U16(central, at + 10);
            var crc = U32(central, at + 16);
            long compressed = U32(central, at + 20), length = U32(central, at + 24);
            int nameLength = U16(central, at + 28), extraLength = U16(central, at + 30), commentLength = U16(central, at + 32);
            long offset = U32(central, at + 42);
            // Encrypted, or sizes only in ZIP64 fields: not the plain entries this reads.
            if ((flags & 1) != 0 || compressed == uint.MaxValue || length == uint.MaxValue || offset == uint.MaxValue) return null;
            if (method is not (ZipEntryData.Stored or ZipEntryData.Deflated) || at + 46 + nameLength > central.Length) return null;
            var name = Encoding.UTF8.GetString(central, at + 46, nameLength);
            at += 46 + nameLength + extraLength + commentLength;
            file.Position = offset;
            file.ReadExactly(local);
            if (U32(local, 0) != LocalHeader) return null;
            var data = offset + 30 + U16(local, 26) + U16(local, 28);
            if (data + compressed > start) return null;
            entries[name] = new ZipEntryData(name, method, crc, compressed, length, target => Infrastructure.FileRange.Copy(zipPath, data, compressed, target));
        }
        return entries;
    }

    private static ushort U16(byte[] bytes, int at) => BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at));

    private static uint U32(byte[] bytes, int at) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at));
}
