using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Reform.Site.Infrastructure;

/// <summary>The SHA-256 of a file's bytes, held as a 32-byte value. The manifest keeps one per
/// output file (hundreds of thousands at national scale, twice over in a rebuild), and as
/// 64-character hex strings each took several times the memory (docs/performance.md). Written to
/// the manifest as lower-case hex.</summary>
internal readonly record struct ContentHash(ulong A, ulong B, ulong C, ulong D)
{
    public static ContentHash Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, digest);
        return From(digest);
    }

    public static ContentHash Of(Stream stream)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(stream, digest);
        return From(digest);
    }

    /// <summary>Reads the hex form <see cref="ToString"/> writes; null for anything else (a
    /// damaged manifest only costs a full build).</summary>
    public static ContentHash? Parse(string? hex)
    {
        if (hex is not { Length: SHA256.HashSizeInBytes * 2 }) return null;
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        return Convert.FromHexString(hex, digest, out _, out var written) == System.Buffers.OperationStatus.Done && written == digest.Length
            ? From(digest)
            : null;
    }

    public override string ToString()
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        BinaryPrimitives.WriteUInt64BigEndian(digest, A);
        BinaryPrimitives.WriteUInt64BigEndian(digest[8..], B);
        BinaryPrimitives.WriteUInt64BigEndian(digest[16..], C);
        BinaryPrimitives.WriteUInt64BigEndian(digest[24..], D);
        return Convert.ToHexStringLower(digest);
    }

    private static ContentHash From(ReadOnlySpan<byte> digest) => new(
        BinaryPrimitives.ReadUInt64BigEndian(digest),
        BinaryPrimitives.ReadUInt64BigEndian(digest[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(digest[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(digest[24..]));
}
