using Reform.Site.Infrastructure;
namespace Reform.Site.Output;

/// <summary>Brings a folder made after the site was committed (the search index) into the
/// output: only files whose bytes differ are touched, and the manifest lists them. The site
/// itself is written by <see cref="StagedOutput"/>.</summary>
internal static class FolderSync
{
    /// <summary>Brings <paramref name="subfolder"/> of the output in line with <paramref name="source"/>
    /// (e.g. a freshly built search index), touching only files whose bytes differ, and records
    /// them in the manifest. The folders in <paramref name="keep"/> (inside the subfolder, ending in
    /// <c>/</c>) stay as the output has them: the parts of the search index kept from the last build.</summary>
    public static int IntoOutput(string outputDir, string subfolder, string source, IReadOnlyCollection<string>? keep = null)
    {
        var manifest = BuildManifest.Read(outputDir) ?? throw new InvalidOperationException("no manifest to update");
        var kept = keep?.ToHashSet(StringComparer.Ordinal) ?? [];
        bool Kept(string path)
        {
            for (var slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
                if (kept.Contains(path[..(slash + 1)])) return true;
            return false;
        }
        var files = manifest.Files.Where(f => !f.Key.StartsWith(subfolder + "/", StringComparison.Ordinal) || Kept(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var written = 0;
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = subfolder + "/" + Path.GetRelativePath(source, file).Replace('\\', '/');
            if (Kept(path)) throw new InvalidOperationException($"{path} is both made again and kept");
            var bytes = File.ReadAllBytes(file);
            var hash = ContentHash.Of(bytes);
            files[path] = hash;
            var destination = Path.Combine(outputDir, path);
            if (manifest.Files.TryGetValue(path, out var old) && old == hash && File.Exists(destination)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllBytes(destination, bytes);
            written++;
        }
        foreach (var stale in manifest.Files.Keys.Where(k => k.StartsWith(subfolder + "/", StringComparison.Ordinal) && !files.ContainsKey(k)))
            File.Delete(Path.Combine(outputDir, stale));
        (manifest with { Files = files }).Write(Path.Combine(outputDir, BuildManifest.FileName));
        return written;
    }
}
