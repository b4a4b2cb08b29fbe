using System.Security.Cryptography;
using Reform.Site.Infrastructure;

namespace Reform.Site.Datasets;

/// <summary>The pieces the all-plans SQLite database is put together from (<see cref="SqliteDatabase"/>):
/// one small database per plan with its rows, and one with the full-text index of every text. Kept
/// between builds in the cache folder, like <see cref="RowCache"/>: an entry is named by a hash of
/// everything it is made from (with this program's build), so it is never stale, and a rebuild
/// after a one-row fix makes the changed plan's piece only (and the full-text index only when a
/// text changed). Without a cache folder the pieces go to a scratch folder and are made every time.</summary>
/// <remarks>Entries are written to a temporary file and renamed, so concurrent builds never read
/// half an entry; entries unused for a month are pruned. When a kept piece cannot be read, every
/// kept piece is made again (<see cref="SqliteDatabase.Write"/>): the cache only saves work.</remarks>
internal sealed class SqliteParts
{
    /// <summary>Differs for every build of the program: a changed database layout never meets old pieces.</summary>
    private static readonly string ProgramBuild = typeof(SqliteParts).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly bool _persistent;
    private readonly InputFingerprint? _inputs;

    private SqliteParts(string folder, bool persistent, InputFingerprint? inputs) => (Folder, _persistent, _inputs) = (folder, persistent, inputs);

    public string Folder { get; }

    /// <summary>Pieces kept across builds under <paramref name="cacheDir"/>; a plan's piece is
    /// named by its folder's hash in <paramref name="inputs"/> (as <see cref="RowCache"/> names its rows).</summary>
    public static SqliteParts Persistent(string cacheDir, InputFingerprint inputs) => new(Path.Combine(cacheDir, "sqlite"), persistent: true, inputs);

    /// <summary>Pieces kept for one build only, in <paramref name="scratch"/>.</summary>
    public static SqliteParts Scratch(string scratch) => new(scratch, persistent: false, inputs: null);

    /// <summary>The name of a plan's piece: its folder's hash and what every plan shares (the
    /// data folder outside <c>plans/</c>, the settings, this program), as the input fingerprint
    /// has them; null (made every time) without one.</summary>
    public string? PlanKey(string planKey) =>
        _inputs is not null && _inputs.Plans.TryGetValue(planKey, out var hash) ? Key("plan", _inputs.Shared, planKey, hash) : null;

    /// <summary>The name of a piece made from <paramref name="inputs"/> (each part of what it is
    /// made from, in order).</summary>
    public static string Key(params IEnumerable<string?> inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, ProgramBuild);
        foreach (var input in inputs) Append(hash, input);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Adds <paramref name="value"/> to <paramref name="hash"/> with its length first, so
    /// that no two lists of values hash alike ("ab","c" and "a","bc"); null differs from "". The
    /// characters go in as they are in memory: a rebuild hashes every text, and a copy of each
    /// was most of that.</summary>
    private static void Append(IncrementalHash hash, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, value?.Length ?? -1);
        hash.AppendData(length);
        if (value is not null) hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(value.AsSpan()));
    }

    /// <summary>The path of the piece named <paramref name="key"/>, made by <paramref name="make"/>
    /// (which writes a new database at the path it is given) when it is not kept (or has no name).</summary>
    public string GetOrMake(string? key, Action<string> make)
    {
        Directory.CreateDirectory(Folder);
        var keep = _persistent && key is not null;
        key ??= Guid.NewGuid().ToString("N");
        var path = Path.Combine(Folder, key + ".sqlite");
        if (keep && File.Exists(path))
        {
            try
            {
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow); // in use: not pruned
                return path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // made again below
        }
        var temp = Path.Combine(Folder, $"{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            make(temp);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        if (!keep) return temp;
        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>Removes every kept piece (one could not be read).</summary>
    public void Clear()
    {
        if (!_persistent || !Directory.Exists(Folder)) return;
        foreach (var piece in Directory.EnumerateFiles(Folder, "*.sqlite"))
        {
            try { File.Delete(piece); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // made again, under a new name, when it cannot go
        }
    }

    /// <summary>Removes pieces unused for a month (older program builds' end there).</summary>
    public void Prune()
    {
        if (_persistent) CacheFolder.Prune(Folder);
    }
}
