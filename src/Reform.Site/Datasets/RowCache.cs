using System.Security.Cryptography;
using System.Text;
using Reform.Site.Infrastructure;
using Reform.Site.Localization;

namespace Reform.Site.Datasets;

/// <summary>Each plan's rows of the all-plans tables, kept between builds in the cache folder
/// (like <see cref="Changes.ComparisonCache"/>). An entry is named by the plan folder's input hash
/// and everything shared (theme strings, themes.csv, this program's build), so it is never stale:
/// a rebuild after a one-row fix makes the rows of the changed plan only. Without a cache folder
/// the rows go to a scratch folder and are made every time.</summary>
/// <remarks>Entries are written to a temporary file and renamed, so concurrent builds never read
/// half an entry; a damaged entry is made again; entries unused for a month are pruned.</remarks>
internal sealed class RowCache
{
    private readonly InputFingerprint? _inputs;

    private RowCache(string folder, InputFingerprint? inputs) => (Folder, _inputs) = (folder, inputs);

    public string Folder { get; }

    /// <summary>Rows kept across builds under <paramref name="cacheDir"/>.</summary>
    public static RowCache Persistent(string cacheDir, InputFingerprint inputs) => new(Path.Combine(cacheDir, "rows"), inputs);

    /// <summary>Rows kept for one build only, in <paramref name="scratch"/>.</summary>
    public static RowCache Scratch(string scratch) => new(scratch, null);

    /// <param name="codeSafe">As the all-plans CSV takes it (its columns come from what every plan
    /// shares, so a kept entry's records were written with the same).</param>
    public RowSpool GetOrAdd(string planKey, Language lang, Func<IReadOnlyList<IReadOnlyList<string>>> rows, IReadOnlyList<bool>? codeSafe = null)
    {
        Directory.CreateDirectory(Folder);
        if (_inputs is null || !_inputs.Plans.TryGetValue(planKey, out var planHash))
            return RowSpool.Write(Path.Combine(Folder, $"{planKey}.{lang}.{Guid.NewGuid():N}"), rows(), codeSafe);
        var path = Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{_inputs.Shared}\n{planKey}\n{planHash}\n{lang}"))) + ".rows");
        if (RowSpool.Open(path) is { } kept)
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow); // in use: not pruned
            return kept;
        }
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        RowSpool.Write(temp, rows(), codeSafe);
        File.Move(temp, path, overwrite: true);
        return RowSpool.Open(path) ?? throw new IOException($"{path} could not be read back");
    }
}
