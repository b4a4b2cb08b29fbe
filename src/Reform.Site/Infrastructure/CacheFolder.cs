namespace Reform.Site.Infrastructure;

/// <summary>Where the command line keeps work that outlives a build (as Hugo keeps its cache
/// folder outside the project): never part of the site, always safe to delete.</summary>
internal static class CacheFolder
{
    /// <summary><c>$XDG_CACHE_HOME/reform-site</c>, else <c>~/.cache/reform-site</c> (on Windows,
    /// the local application data folder); null when there is no home folder.</summary>
    public static string? Default()
    {
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg) return Path.Combine(xdg, "reform-site");
        if (OperatingSystem.IsWindows())
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) is { Length: > 0 } local ? Path.Combine(local, "reform-site", "cache") : null;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? Path.Combine(home, ".cache", "reform-site") : null;
    }

    /// <summary>How long an unused entry is kept.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(30);

    /// <summary>Removes the files of <paramref name="folder"/> unused (not written or touched) for
    /// <see cref="MaxAge"/>: entries of older program builds end there.</summary>
    public static void Prune(string folder)
    {
        try
        {
            if (!Directory.Exists(folder)) return;
            var cutoff = DateTime.UtcNow - MaxAge;
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles())
                if (file.LastWriteTimeUtc < cutoff) file.Delete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another build may be pruning the same folder.
        }
    }

    /// <summary>Writes <paramref name="name"/> in <paramref name="folder"/> through a temporary
    /// file and a rename, so a concurrent build never reads half an entry. A cache that cannot be
    /// written only costs the next build the same work again, so a failure is not an error.</summary>
    public static void TryWriteJson(string folder, string name, Action<System.Text.Json.Utf8JsonWriter> write)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var temp = Path.Combine(folder, $"{name}.{Guid.NewGuid():N}.tmp");
            using (var file = File.Create(temp))
            using (var json = new System.Text.Json.Utf8JsonWriter(file))
                write(json);
            File.Move(temp, Path.Combine(folder, name), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
