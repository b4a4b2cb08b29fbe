namespace Reform.Site.Output;

/// <summary>Writes a finished site so that readers of the output folder never see half of it.
/// Everything is first written to a sibling staging folder. Without a previous build, the
/// staging folder then replaces the output with two renames. Over a previous build (it left a
/// manifest), only files whose bytes differ are staged and then moved into place, and files no
/// longer produced are removed: unchanged files keep their timestamps. If anything fails before
/// that final step, the previous output is untouched.</summary>
public static class SiteWriter
{
    public sealed record Summary(int Files, int Written, int Removed, long Bytes, bool PagesChanged);

    /// <param name="files">Produced lazily (pages are rendered in batches), so memory stays flat;
    /// an exception while producing them cancels the build before anything reaches the output.</param>
    /// <param name="preserve">Folders of the output written by a later step (the search index):
    /// left in place and kept in the manifest.</param>
    public static Summary Write(string outputDir, IEnumerable<OutputFile> files, string fingerprint, IReadOnlyList<string> preserve)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var previous = Directory.Exists(target) ? BuildManifest.Read(target) : null;
        var staging = $"{target}.staging-{Environment.ProcessId}";
        DeleteIfExists(staging);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var changed = new List<string>();
        long bytes = 0;
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var hash = BuildManifest.Hash(file.Bytes);
                hashes[file.Path] = hash;
                bytes += file.Bytes.Length;
                if (previous is not null && previous.Files.TryGetValue(file.Path, out var old) && old == hash && File.Exists(Path.Combine(target, file.Path)))
                    continue;
                changed.Add(file.Path);
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }
        bool Preserved(string path) => preserve.Any(p => path.StartsWith(p, StringComparison.Ordinal));
        if (previous is null)
        {
            File.WriteAllBytes(Path.Combine(staging, BuildManifest.FileName), new BuildManifest(fingerprint, hashes).ToBytes());
            Swap(staging, target);
            return new Summary(hashes.Count, hashes.Count, 0, bytes, true);
        }
        var stale = previous.Files.Keys.Where(p => !hashes.ContainsKey(p) && !Preserved(p)).ToList();
        foreach (var (path, hash) in previous.Files.Where(f => Preserved(f.Key))) hashes[path] = hash;
        var pagesChanged = changed.Concat(stale).Any(p => p.EndsWith(".html", StringComparison.Ordinal));
        foreach (var path in changed)
        {
            var destination = Path.Combine(target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(staging, path), destination, overwrite: true);
        }
        foreach (var path in stale) File.Delete(Path.Combine(target, path));
        File.WriteAllBytes(Path.Combine(target, BuildManifest.FileName), new BuildManifest(fingerprint, hashes).ToBytes());
        DeleteIfExists(staging);
        return new Summary(hashes.Count, changed.Count, stale.Count, bytes, pagesChanged);
    }

    /// <summary>Brings <paramref name="subfolder"/> of the output in line with <paramref name="source"/>
    /// (e.g. a freshly built search index), touching only files whose bytes differ, and records
    /// them in the manifest.</summary>
    public static int Sync(string outputDir, string subfolder, string source)
    {
        var manifest = BuildManifest.Read(outputDir) ?? throw new InvalidOperationException("no manifest to update");
        var files = manifest.Files.Where(f => !f.Key.StartsWith(subfolder + "/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var written = 0;
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = subfolder + "/" + Path.GetRelativePath(source, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            var hash = BuildManifest.Hash(bytes);
            files[path] = hash;
            var destination = Path.Combine(outputDir, path);
            if (manifest.Files.TryGetValue(path, out var old) && old == hash && File.Exists(destination)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllBytes(destination, bytes);
            written++;
        }
        foreach (var stale in manifest.Files.Keys.Where(k => k.StartsWith(subfolder + "/", StringComparison.Ordinal) && !files.ContainsKey(k)))
            File.Delete(Path.Combine(outputDir, stale));
        File.WriteAllBytes(Path.Combine(outputDir, BuildManifest.FileName), (manifest with { Files = files }).ToBytes());
        return written;
    }

    private static void Swap(string staging, string target)
    {
        var retired = $"{target}.old-{Environment.ProcessId}";
        DeleteIfExists(retired);
        try
        {
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            DeleteIfExists(staging);
            throw;
        }
        DeleteIfExists(retired);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
