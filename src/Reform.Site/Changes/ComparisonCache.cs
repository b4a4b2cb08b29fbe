using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reform.Site.Infrastructure;

namespace Reform.Site.Changes;

/// <summary>Comparisons of two versions of a plan, kept on disk between builds (like Hugo's
/// cache folder). A comparison is named by the git object ids of both versions (and of the shared
/// themes) and by this program's build, so an entry is never stale: a rebuild after editing the
/// working tree reads the change history without exporting or loading any commit.</summary>
/// <remarks>Entries are written to a temporary file and renamed, so concurrent builds never read
/// half an entry; an unreadable entry is simply made again. Entries unused for
/// <see cref="CacheFolder.MaxAge"/> are removed.</remarks>
internal sealed class ComparisonCache(string folder)
{
    /// <summary>Differs for every build of the program: a changed comparison never meets old entries.</summary>
    private static readonly string ProgramBuild = typeof(ComparisonCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public string Folder { get; } = Path.Combine(folder, "comparisons");

    /// <summary>The name of the comparison of one plan between two versions of the data folder.</summary>
    public static string Key(string plan, string beforeTree, string afterTree, string? beforeTopics, string? afterTopics) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', ProgramBuild, plan, beforeTree, afterTree, beforeTopics ?? "-", afterTopics ?? "-"))));

    public IReadOnlyList<Change>? Get(string key)
    {
        var path = Path.Combine(Folder, key + ".json");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var changes = doc.RootElement.EnumerateArray().Select(c => new Change(
                Enum.Parse<ChangeKind>(c[0].GetString()!), c[1].GetString(), c[2].GetString()!, c[3].GetString()!, c[4].GetString(), c[5].GetString())).ToList();
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow); // in use: not pruned
            return changes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return null; // missing or damaged: the comparison is made again
        }
    }

    public void Put(string key, IReadOnlyList<Change> changes) =>
        CacheFolder.TryWriteJson(Folder, key + ".json", json =>
        {
            json.WriteStartArray();
            foreach (var c in changes)
            {
                json.WriteStartArray();
                json.WriteStringValue(c.Kind.ToString());
                foreach (var value in new[] { c.NodeId, c.Subject, c.Key, c.Old, c.New }) json.WriteStringValue(value);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        });

    /// <summary>Removes entries unused for a month (older program builds' entries end there).</summary>
    public void Prune() => CacheFolder.Prune(Folder);
}
