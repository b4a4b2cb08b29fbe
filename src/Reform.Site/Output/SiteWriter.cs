namespace Reform.Site.Output;

/// <summary>Writes a finished site so that readers of the output folder never see half of it
/// (see <see cref="StagedOutput"/>), and brings a later step's folder (the search index) into
/// the output the same way: only files whose bytes differ are touched.</summary>
public static class SiteWriter
{
    public sealed record Summary(int Files, int Written, int Removed, long Bytes, bool PagesChanged);

    /// <summary>Stages every file, then commits. An exception while producing the files (they may
    /// be produced lazily) cancels the build before anything reaches the output.</summary>
    public static Summary Write(string outputDir, IEnumerable<OutputFile> files, string fingerprint, IReadOnlyList<string> preserve)
    {
        using var output = new StagedOutput(outputDir, preserve);
        foreach (var file in files) output.Add(file);
        return output.Commit(fingerprint);
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
}
