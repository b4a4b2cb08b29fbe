using System.Diagnostics;

namespace Reform.Site.Changes;

/// <summary>Reads earlier versions of the data folder from git, so a diff or the site's change
/// history can compare publications. Uses the git command line (as CI and staff have it).</summary>
internal static class GitRevisions
{
    public sealed record Revision(string Commit, string Date, string Subject);

    /// <summary>The git work tree containing <paramref name="path"/>, or null.</summary>
    public static string? TopLevel(string path)
    {
        var dir = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var (code, output) = Git(dir, "rev-parse", "--show-toplevel");
        return code == 0 ? output.Trim() : null;
    }

    /// <summary>Commits that changed <paramref name="relativePath"/>, newest first.</summary>
    public static IReadOnlyList<Revision> History(string repo, string relativePath, int max)
    {
        var (code, output) = Git(repo, "log", $"-n{max}", "--format=%H%x09%cs%x09%s", "--", relativePath);
        if (code != 0) return [];
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t', 3)).Where(p => p.Length == 3)
            .Select(p => new Revision(p[0], p[1], p[2])).ToList();
    }

    /// <summary>The day (YYYY-MM-DD, the committer's) of the last commit that changed each plan
    /// folder under <paramref name="relativePath"/><c>/plans/</c>, and of the last that changed
    /// anything else in it (the topics, the settings shared by every plan). One walk of the log,
    /// newest first: the first day a folder appears with is its last change.</summary>
    public static (IReadOnlyDictionary<string, string> Plans, string? Shared) LastChanged(string repo, string relativePath)
    {
        var plans = new Dictionary<string, string>(StringComparer.Ordinal);
        string? shared = null;
        var prefix = relativePath.TrimEnd('/') is "" or "." ? "" : relativePath.TrimEnd('/') + "/";
        var (code, output) = Git(repo, "-c", "core.quotepath=off", "log", "--no-renames", "--format=%x01%cs", "--name-only", "--", prefix == "" ? "." : prefix);
        if (code != 0) return (plans, null);
        string? day = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line[0] == '\u0001') { day = line[1..]; continue; }
            if (day is null || !line.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var inside = line[prefix.Length..];
            if (inside.StartsWith("plans/", StringComparison.Ordinal) && inside.IndexOf('/', 6) is var end and > 6)
                plans.TryAdd(inside[6..end], day);
            else shared ??= day;
        }
        return (plans, shared);
    }

    /// <summary>The commit checked out, or null outside git.</summary>
    public static string? Head(string repo) => Git(repo, "rev-parse", "HEAD") is (0, var head) ? head.Trim() : null;

    public static bool IsRevision(string repo, string revision) => Git(repo, "rev-parse", "--verify", "--quiet", revision + "^{commit}").Code == 0;

    /// <summary>What the data folder holds at <paramref name="revision"/>, as git object ids:
    /// one per plan folder (by folder name) and one for <c>themes.csv</c>. Equal ids mean equal
    /// contents, so two revisions can be compared without reading either.</summary>
    public static (IReadOnlyDictionary<string, string> Plans, string? Topics) Contents(string repo, string revision, string relativePath)
    {
        var plans = new Dictionary<string, string>(StringComparer.Ordinal);
        string? topics = null;
        var prefix = relativePath.TrimEnd('/');
        var (code, output) = Git(repo, "ls-tree", revision, "--", $"{prefix}/themes.csv", $"{prefix}/plans/");
        if (code != 0) return (plans, null);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> <type> <id>\t<path>"
            var tab = line.IndexOf('\t');
            var fields = line[..tab].Split(' ');
            var name = Path.GetFileName(line[(tab + 1)..]);
            if (fields[1] == "tree") plans[name] = fields[2];
            else if (name == "themes.csv") topics = fields[2];
        }
        return (plans, topics);
    }

    /// <summary>Writes <paramref name="relativePath"/> as of <paramref name="revision"/> into
    /// <paramref name="target"/> (which then holds the data folder's contents); with
    /// <paramref name="only"/>, just those paths inside it (which must exist at that revision).</summary>
    public static bool Export(string repo, string revision, string relativePath, string target, IReadOnlyList<string>? only = null)
    {
        // One `git archive` per revision: far cheaper than a `git show` per file.
        var prefix0 = relativePath.TrimEnd('/');
        var tar = GitBytes(repo, ["archive", "--format=tar", revision, "--", .. only is null ? [relativePath] : only.Select(p => $"{prefix0}/{p}")]);
        if (tar is null) return false;
        var prefix = relativePath.TrimEnd('/') + "/";
        using var reader = new System.Formats.Tar.TarReader(new MemoryStream(tar));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (System.Formats.Tar.TarEntryType.RegularFile or System.Formats.Tar.TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            var name = entry.Name.StartsWith(prefix, StringComparison.Ordinal) ? entry.Name[prefix.Length..] : entry.Name;
            var destination = Path.GetFullPath(Path.Combine(target, name));
            if (!destination.StartsWith(Path.GetFullPath(target), StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            using var file = File.Create(destination);
            entry.DataStream.CopyTo(file);
        }
        return true;
    }

    private static (int Code, string Output) Git(string repo, params string[] args)
    {
        var bytes = GitBytes(repo, args);
        return bytes is null ? (1, "") : (0, System.Text.Encoding.UTF8.GetString(bytes));
    }

    private static byte[]? GitBytes(string repo, params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(repo);
        foreach (var a in args) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            using var buffer = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(buffer);
            _ = process.StandardError.ReadToEnd();
            process.WaitForExit();
            copy.Wait();
            return process.ExitCode == 0 ? buffer.ToArray() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
