using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace Reform.Site.Datasets;

/// <summary>One entry of a ZIP as it is stored: its name, method, CRC-32 and lengths, and a way to
/// copy its stored (compressed) bytes. A ZIP writer needs nothing else, so an entry can come
/// already compressed: from another ZIP (<see cref="ZipIndex"/>) or compressed on another thread
/// (<see cref="ZipWriter.Deflate"/>).</summary>
internal sealed record ZipEntryData(string Name, ushort Method, uint Crc32, long CompressedLength, long Length, Action<Stream> CopyStored)
{
    public const ushort Stored = 0;
    public const ushort Deflated = 8;
}

/// <summary>Writes a ZIP from entries whose stored bytes are ready (<see cref="ZipEntryData"/>),
/// one after the other, in the order given: the bytes depend only on the entries (one fixed
/// timestamp, no extra fields but ZIP64's where a size or an offset needs it).</summary>
/// <remarks>System.IO.Compression's <c>ZipArchive</c> (which writes the plans' ZIPs) compresses every
/// entry itself and has no way to take one already compressed. The ZIP of everything holds every
/// plan's files, which each plan's ZIP has just compressed (or kept from the last build), so with
/// <c>ZipArchive</c> a build compressed them twice and a one-plan rebuild compressed every plan's
/// again (docs/performance.md). This writer copies them instead; what it writes is APPNOTE 6.3's
/// plain subset, read by ZipArchive and Info-ZIP's unzip (ZipWriterTests).</remarks>
internal sealed class ZipWriter
{
    private const uint LocalHeader = 0x04034b50, CentralHeader = 0x02014b50, EndOfCentral = 0x06054b50, Zip64EndOfCentral = 0x06064b50, Zip64Locator = 0x07064b50;
    private const ushort Zip64Extra = 0x0001, Utf8Names = 1 << 11, SuperFast = 0b110;
    // As ZipArchive writes them on Linux (the plans' ZIPs): made by version 2.0 on Unix, files
    // -rw-r--r--, so that an archive unpacks the same whichever wrote it.
    private const ushort MadeBy = (3 << 8) | 20;
    private const uint UnixFile = 0x81A40000;
    // 2000-01-01 00:00 in MS-DOS form (as DeterministicZip's timestamp).
    private const ushort DosTime = 0, DosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;

    private readonly Stream _target;
    private readonly long _zip64Above;
    private readonly int _zip64Entries;
    private readonly List<(ZipEntryData Entry, byte[] Name, long Offset)> _written = [];
    private long _position;

    /// <param name="zip64Above">Sizes and offsets above this take ZIP64 fields (lower only in tests).</param>
    /// <param name="zip64Entries">From this many entries the archive ends with ZIP64's records (lower only in tests).</param>
    public ZipWriter(Stream target, long zip64Above = uint.MaxValue - 1, int zip64Entries = ushort.MaxValue)
    {
        _target = target;
        _zip64Above = zip64Above;
        _zip64Entries = zip64Entries;
    }

    /// <summary>Writes the entry's local header and stored bytes.</summary>
    public void Add(ZipEntryData entry)
    {
        var name = Encoding.UTF8.GetBytes(entry.Name);
        var sizes64 = entry.Length > _zip64Above || entry.CompressedLength > _zip64Above;
        var header = new HeaderWriter();
        header.U32(LocalHeader).U16(Needs(entry, sizes64)).U16(Flags(entry)).U16(entry.Method).U16(DosTime).U16(DosDate).U32(entry.Crc32)
            .U32(sizes64 ? uint.MaxValue : (uint)entry.CompressedLength).U32(sizes64 ? uint.MaxValue : (uint)entry.Length)
            .U16((ushort)name.Length).U16((ushort)(sizes64 ? 20 : 0)).Bytes(name);
        if (sizes64) header.U16(Zip64Extra).U16(16).U64((ulong)entry.Length).U64((ulong)entry.CompressedLength);
        _written.Add((entry, name, _position));
        Write(header);
        var start = _target.CanSeek ? _target.Position : -1;
        entry.CopyStored(_target);
        if (start >= 0 && _target.Position - start != entry.CompressedLength)
            throw new InvalidOperationException($"ZIP entry {entry.Name}: {_target.Position - start} bytes copied where {entry.CompressedLength} were announced");
        _position += entry.CompressedLength;
    }

    /// <summary>Writes the central directory and the end records.</summary>
    public void Finish()
    {
        var start = _position;
        foreach (var (entry, name, offset) in _written)
        {
            var size64 = entry.Length > _zip64Above;
            var compressed64 = entry.CompressedLength > _zip64Above;
            var offset64 = offset > _zip64Above;
            var extra = (size64 ? 8 : 0) + (compressed64 ? 8 : 0) + (offset64 ? 8 : 0);
            var header = new HeaderWriter();
            header.U32(CentralHeader).U16(MadeBy).U16(Needs(entry, size64 || compressed64 || offset64)).U16(Flags(entry)).U16(entry.Method).U16(DosTime).U16(DosDate).U32(entry.Crc32)
                .U32(compressed64 ? uint.MaxValue : (uint)entry.CompressedLength).U32(size64 ? uint.MaxValue : (uint)entry.Length)
                .U16((ushort)name.Length).U16((ushort)(extra > 0 ? 4 + extra : 0)).U16(0).U16(0).U16(0).U32(UnixFile)
                .U32(offset64 ? uint.MaxValue : (uint)offset).Bytes(name);
            if (extra > 0)
            {
                // The ZIP64 fields in APPNOTE's order, only those whose header field says so.
                header.U16(Zip64Extra).U16((ushort)extra);
                if (size64) header.U64((ulong)entry.Length);
                if (compressed64) header.U64((ulong)entry.CompressedLength);
                if (offset64) header.U64((ulong)offset);
            }
            Write(header);
        }
        var size = _position - start;
        var count = _written.Count;
        var zip64 = count >= _zip64Entries || size > _zip64Above || start > _zip64Above;
        var end = new HeaderWriter();
        if (zip64)
        {
            var record = _position;
            end.U32(Zip64EndOfCentral).U64(44).U16(45).U16(45).U32(0).U32(0).U64((ulong)count).U64((ulong)count).U64((ulong)size).U64((ulong)start)
                .U32(Zip64Locator).U32(0).U64((ulong)record).U32(1);
        }
        end.U32(EndOfCentral).U16(0).U16(0)
            .U16(zip64 ? ushort.MaxValue : (ushort)count).U16(zip64 ? ushort.MaxValue : (ushort)count)
            .U32(zip64 ? uint.MaxValue : (uint)size).U32(zip64 ? uint.MaxValue : (uint)start).U16(0);
        Write(end);
    }

    /// <summary>Compresses what <paramref name="write"/> writes (Deflate, the fastest level, as the
    /// plans' ZIPs are) into <paramref name="scratchFile"/>, taking its CRC-32 and lengths on the
    /// way: an entry ready to be added, on any thread, while the writer is busy with others.</summary>
    public static ZipEntryData Deflate(string name, Action<Stream> write, string scratchFile)
    {
        long length;
        uint crc;
        using (var file = new FileStream(scratchFile, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16))
        {
            using (var deflate = new DeflateStream(file, CompressionLevel.Fastest, leaveOpen: true))
            using (var hashing = new HashingStream(deflate))
            {
                write(hashing);
                length = hashing.Length;
                crc = hashing.Crc;
            }
            file.Flush();
        }
        // Nothing written gives no Deflate stream at all, which readers refuse: an empty entry is
        // stored, as ZipArchive stores one (see Needs and Flags).
        if (length == 0) return new ZipEntryData(name, ZipEntryData.Stored, 0, 0, 0, _ => { });
        return new ZipEntryData(name, ZipEntryData.Deflated, crc, new FileInfo(scratchFile).Length, length, target =>
        {
            using var stored = File.OpenRead(scratchFile);
            stored.CopyTo(target);
        });
    }

    /// <summary>The CRC-32 and length of what <paramref name="write"/> writes.</summary>
    public static (uint Crc32, long Length) Measure(Action<Stream> write)
    {
        using var hashing = new HashingStream(Stream.Null);
        write(hashing);
        return (hashing.Crc, hashing.Length);
    }

    /// <summary>An empty entry (stored) is marked as ZipArchive marks one it was asked to compress,
    /// as if deflated: the ZIP of everything's bytes are the same whichever wrote an entry.</summary>
    private static bool AsDeflated(ZipEntryData entry) => entry.Method == ZipEntryData.Deflated || entry.Length == 0;

    private static ushort Needs(ZipEntryData entry, bool zip64) => zip64 ? (ushort)45 : AsDeflated(entry) ? (ushort)20 : (ushort)10;

    /// <summary>The name's encoding, and Deflate's level as APPNOTE asks (the fastest, as <see cref="Deflate"/> uses).</summary>
    private static ushort Flags(ZipEntryData entry) =>
        (ushort)((Ascii.IsValid(entry.Name) ? 0 : Utf8Names) | (AsDeflated(entry) ? SuperFast : 0));

    private void Write(HeaderWriter header)
    {
        var bytes = header.ToSpan();
        _target.Write(bytes);
        _position += bytes.Length;
    }

    /// <summary>Little-endian fields, as every number in a ZIP is.</summary>
    private sealed class HeaderWriter
    {
        private byte[] _buffer = new byte[128];
        private int _length;

        public ReadOnlySpan<byte> ToSpan() => _buffer.AsSpan(0, _length);

        public HeaderWriter U16(ushort value) { BinaryPrimitives.WriteUInt16LittleEndian(Room(2), value); return this; }

        public HeaderWriter U32(uint value) { BinaryPrimitives.WriteUInt32LittleEndian(Room(4), value); return this; }

        public HeaderWriter U64(ulong value) { BinaryPrimitives.WriteUInt64LittleEndian(Room(8), value); return this; }

        public HeaderWriter Bytes(byte[] value) { value.CopyTo(Room(value.Length)); return this; }

        private Span<byte> Room(int count)
        {
            if (_length + count > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
            var room = _buffer.AsSpan(_length, count);
            _length += count;
            return room;
        }
    }

    /// <summary>Passes writes on, counting them and taking their CRC-32.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly Crc32 _crc = new();
        private long _length;

        public uint Crc => _crc.GetCurrentHashAsUInt32();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _crc.Append(buffer);
            _length += buffer.Length;
            inner.Write(buffer);
        }

        public override void WriteByte(byte value) => Write([value]);

        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
