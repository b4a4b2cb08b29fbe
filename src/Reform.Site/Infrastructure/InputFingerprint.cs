using System.Security.Cryptography;
using System.Text;

namespace Reform.Site.Infrastructure;

/// <summary>What a build's output depends on, as hashes: one for what every page shares (theme,
/// content, the data folder outside <c>plans/</c>, the settings and the program) and one per plan
/// folder. A plan's own pages depend only on the shared hash and their plan's, so a rebuild can
/// keep the pages of every plan whose hash is unchanged without rendering them.
/// <see cref="History"/> is the git commit the change pages were read at ("-" without): part of
/// <see cref="Combined"/>, but not of what a plan's own pages depend on (its change page is
/// always made again).</summary>
internal sealed record InputFingerprint(string Shared, IReadOnlyDictionary<string, string> Plans, string History = "-")
{
    /// <summary>One hash of everything: equal only when no input changed.</summary>
    public string Combined
    {
        get
        {
            var text = new StringBuilder(Shared).Append('\n').Append(History).Append('\n');
            foreach (var (key, hash) in Plans.OrderBy(p => p.Key, StringComparer.Ordinal)) text.Append(key).Append('=').Append(hash).Append('\n');
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }

    /// <summary>Plans whose pages the previous build made from the same inputs.</summary>
    public IReadOnlySet<string> UnchangedSince(InputFingerprint? previous) =>
        previous is null || previous.Shared != Shared
            ? new HashSet<string>()
            : Plans.Where(p => previous.Plans.TryGetValue(p.Key, out var old) && old == p.Value).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

    /// <param name="planDays">What each plan's pages show besides its files (the day it was last
    /// updated, from git): part of that plan's hash.</param>
    public static InputFingerprint Of(string dataDir, IReadOnlyList<string> sharedFolders, IReadOnlyList<string> settings, string history = "-", IReadOnlyDictionary<string, string>? planDays = null)
    {
        using var shared = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var s in settings) shared.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        foreach (var folder in sharedFolders) AppendFolder(shared, folder, _ => true);
        var plansRoot = Path.Combine(dataDir, "plans");
        AppendFolder(shared, dataDir, file => !Path.GetFullPath(file).StartsWith(Path.GetFullPath(plansRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var plans = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(plansRoot))
            foreach (var folder in Directory.GetDirectories(plansRoot).Order(StringComparer.Ordinal))
            {
                using var plan = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                AppendFolder(plan, folder, _ => true);
                if (planDays?.GetValueOrDefault(Path.GetFileName(folder)) is { } day) plan.AppendData(Encoding.UTF8.GetBytes("updated " + day + "\n"));
                plans[Path.GetFileName(folder)] = Convert.ToHexStringLower(plan.GetHashAndReset());
            }
        return new InputFingerprint(Convert.ToHexStringLower(shared.GetHashAndReset()), plans, history);
    }

    private static void AppendFolder(IncrementalHash hash, string folder, Func<string, bool> include)
    {
        if (!Directory.Exists(folder)) { hash.AppendData("-\n"u8); return; }
        foreach (var (entry, link) in Entries(new DirectoryInfo(folder)).Where(e => include(e.Entry.FullName)).OrderBy(e => e.Entry.FullName, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/') + "\n"));
            // A link is hashed as the link, never followed: it could lead anywhere (a device that
            // never ends, the whole file system), and loading refuses it anyway (RS119). Hashing
            // it still changes the fingerprint, so adding one is never "up to date".
            hash.AppendData(link is null ? File.ReadAllBytes(entry.FullName) : Encoding.UTF8.GetBytes("-> " + link));
        }
    }

    /// <summary>Every file below <paramref name="folder"/>, and every link (to a file or a folder)
    /// with its target, without descending into linked folders.</summary>
    private static IEnumerable<(FileSystemInfo Entry, string? Link)> Entries(DirectoryInfo folder)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is { } target) yield return (entry, target);
            else if (entry is DirectoryInfo sub)
                foreach (var inner in Entries(sub)) yield return inner;
            else yield return (entry, null);
        }
    }
}
