using System.Diagnostics;

namespace Reform.Site.Infrastructure;

/// <summary>Names for a build's scratch files and folders: <c>{prefix}{process id}-{unique}</c>.
/// A build deletes its own scratch when it ends, also when it fails; a killed build cannot
/// (the out-of-memory killer, a cancelled CI job). At national scale that leaves gigabytes
/// behind, the staging copy of the site above all (docs/performance.md). So each new scratch
/// name first sweeps the entries with the same prefix whose process is gone.</summary>
/// <remarks>An entry whose process id is running again (ids are reused) is left alone: a
/// sweep never deletes the scratch of a build that is still running.</remarks>
internal static class ScratchSpace
{
    /// <summary>A new path <c>{folder}/{prefix}{pid}-{unique}{extension}</c> (not created), after
    /// sweeping <paramref name="folder"/> of entries with <paramref name="prefix"/> left by processes that are gone.</summary>
    public static string NewPath(string folder, string prefix, string extension = "")
    {
        Sweep(folder, prefix);
        return Path.Combine(folder, $"{prefix}{Environment.ProcessId}-{Guid.NewGuid():N}{extension}");
    }

    /// <summary>Deletes the files and folders in <paramref name="folder"/> named <c>{prefix}{pid}…</c>
    /// whose process is no longer running. Returns how many it deleted.</summary>
    public static int Sweep(string folder, string prefix)
    {
        if (!Directory.Exists(folder)) return 0;
        var deleted = 0;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, prefix + "*"))
        {
            if (OwnerOf(Path.GetFileName(entry), prefix) is not int pid || IsRunning(pid)) continue;
            try
            {
                if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
                else File.Delete(entry);
                deleted++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another sweep got there first, or it is not ours to delete: leave it.
            }
        }
        return deleted;
    }

    private static int? OwnerOf(string name, string prefix)
    {
        var digits = name.AsSpan(prefix.Length);
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        if (end == 0) return null;
        return int.TryParse(end < 0 ? digits : digits[..end], out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
