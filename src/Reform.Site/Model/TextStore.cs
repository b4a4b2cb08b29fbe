using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Reform.Site.Infrastructure;

namespace Reform.Site.Model;

/// <summary>Where the long texts and schedule texts of a build's plans wait on disk until a page
/// or a download needs them. At national scale the texts were a large share of the model in memory
/// (docs/performance.md), and each is read by three files at most: its node page in each language
/// and its plan's JSON. A scratch file in the temporary folder, deleted when the store is disposed, that any thread appends to and reads from at fixed offsets.</summary>
/// <remarks>A text is stored as its Japanese and English in UTF-16, as .NET holds them, so
/// reading one back is a copy: [int byte length of the rest][int Japanese length][Japanese]
/// [int English length, -1 for none][English].</remarks>
internal sealed class TextStore : IDisposable
{
    private readonly SafeFileHandle _file;
    private long _length;

    public TextStore(string? folder = null)
    {
        var path = ScratchSpace.NewPath(folder ?? Path.GetTempPath(), "reform-site-texts-", ".bin");
        _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
    }

    /// <summary>Writes a plan's texts (its text sections, its schedule's tasks and cells) in one
    /// append each and returns the plan with records that read their text from here, and with
    /// <see cref="Plan.TextsDigest"/> set. Thread-safe: each append reserves its own range of the file.</summary>
    public Plan Keep(Plan plan)
    {
        var (texts, digest) = Append(plan.Texts.Select(s => (LocalizedText?)s.Text).ToList(), digest: true);
        var (schedule, _) = Append(plan.Schedule.SelectMany(e => new[] { e.Task, e.Entry }).ToList(), digest: false);
        return plan with
        {
            Texts = plan.Texts.Select((s, i) => s.StoredAs(texts[i])).ToList(),
            Schedule = plan.Schedule.Select((e, i) => e.StoredAs(schedule[2 * i], schedule[2 * i + 1])).ToList(),
            TextsDigest = digest,
        };
    }

    /// <summary>Appends the texts; with <paramref name="digest"/>, a digest of them in order, Japanese
    /// and English (of the bytes appended: each text's lengths come before its characters, so no
    /// two lists of texts, none missing, encode alike).</summary>
    private (StoredText[] Stored, string? Digest) Append(IReadOnlyList<LocalizedText?> texts, bool digest)
    {
        var stored = new StoredText[texts.Count];
        var offsets = new long[texts.Count];
        var buffer = new MemoryStream();
        for (var i = 0; i < texts.Count; i++)
        {
            offsets[i] = buffer.Length;
            if (texts[i] is { } text) Encode(buffer, text);
        }
        var hash = digest ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))) : null;
        if (buffer.Length == 0) return (texts.Select(StoredText.Of).ToArray(), hash);
        var start = Interlocked.Add(ref _length, buffer.Length) - buffer.Length;
        RandomAccess.Write(_file, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), start);
        for (var i = 0; i < texts.Count; i++)
            stored[i] = texts[i] is null ? default : new StoredText(this, start + offsets[i]);
        return (stored, hash);
    }

    internal LocalizedText Read(long offset)
    {
        Span<byte> head = stackalloc byte[4];
        RandomAccess.Read(_file, head, offset);
        var bytes = new byte[BinaryPrimitives.ReadInt32LittleEndian(head)];
        RandomAccess.Read(_file, bytes, offset + 4);
        var jaLength = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        var ja = Decode(bytes.AsSpan(4, jaLength * 2));
        var enLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4 + jaLength * 2));
        var en = enLength < 0 ? null : Decode(bytes.AsSpan(8 + jaLength * 2, enLength * 2));
        return new LocalizedText(ja, en);
    }

    public void Dispose() => _file.Dispose();

    private static void Encode(MemoryStream buffer, LocalizedText text)
    {
        var ja = MemoryMarshal.AsBytes(text.Ja.AsSpan());
        var en = text.En is null ? [] : MemoryMarshal.AsBytes(text.En.AsSpan());
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(number, 8 + ja.Length + en.Length);
        buffer.Write(number);
        BinaryPrimitives.WriteInt32LittleEndian(number, text.Ja.Length);
        buffer.Write(number);
        buffer.Write(ja);
        BinaryPrimitives.WriteInt32LittleEndian(number, text.En?.Length ?? -1);
        buffer.Write(number);
        buffer.Write(en);
    }

    private static string Decode(ReadOnlySpan<byte> utf16) => new(MemoryMarshal.Cast<byte, char>(utf16));
}
