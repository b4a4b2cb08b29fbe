using System.Collections.Concurrent;
using Reform.Site.Infrastructure;

namespace Reform.Site.Output;

/// <summary>One build's writing session. Files are added from any thread, as soon as they are
/// made (rendering workers write their own pages, so writing overlaps rendering), into a sibling
/// staging folder; nothing reaches the output folder until <see cref="Commit"/>. Without a
/// previous build the staging folder then replaces the output with two renames. Over a previous
/// build (it left a manifest) only files whose bytes differ are staged, then moved into place,
/// and files no longer produced are removed: unchanged files keep their timestamps. Disposing an
/// uncommitted session deletes the staging folder and leaves the output untouched.</summary>
internal sealed class StagedOutput : IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly BuildManifest? _previous;
    private readonly IReadOnlyList<string> _preserve;
    private readonly ConcurrentDictionary<string, ContentHash> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _changed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private long _bytes;
    private bool _committed;

    /// <param name="preserve">Folders of the output written by a later step (the search index):
    /// left in place and kept in the manifest.</param>
    public StagedOutput(string outputDir, IReadOnlyList<string> preserve)
    {
        _target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        _preserve = preserve;
        Directory.CreateDirectory(Path.GetDirectoryName(_target)!);
        _previous = Directory.Exists(_target) ? BuildManifest.Read(_target) : null;
        // Staging folders of builds that were killed (a national site's is gigabytes) go first.
        var (parent, name) = (Path.GetDirectoryName(_target)!, Path.GetFileName(_target));
        ScratchSpace.Sweep(parent, name + ".staging-");
        ScratchSpace.Sweep(parent, name + ".old-");
        _staging = $"{_target}.staging-{Environment.ProcessId}";
        DeleteIfExists(_staging);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>Stages a file unless the previous build wrote the same bytes. Thread-safe; the
    /// result does not depend on the order files arrive in.</summary>
    public void Add(OutputFile file)
    {
        if (!Record(file.Path, ContentHash.Of(file.Bytes), file.Bytes.Length)) return;
        var path = Path.Combine(_staging, file.Path);
        EnsureFolder(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, file.Bytes);
    }

    /// <summary>Stages a file that <paramref name="write"/> writes straight to disk (a large
    /// download is never held whole in memory), unless the previous build wrote the same bytes.
    /// Thread-safe. Returns the file's size.</summary>
    public long Add(string path, Action<Stream> write)
    {
        var staged = Path.Combine(_staging, path);
        EnsureFolder(Path.GetDirectoryName(staged)!);
        bool changed;
        long size;
        using (var file = new FileStream(staged, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        {
            write(file);
            size = file.Length;
            file.Position = 0; // hashed when written: the writer may seek back (ZIP headers)
            changed = Record(path, ContentHash.Of(file), size);
        }
        if (!changed) File.Delete(staged); // the previous build's copy stays
        return size;
    }

    /// <summary>Records a file's hash; true when it differs from the previous build's (or that
    /// file is gone), so it must be staged.</summary>
    private bool Record(string path, ContentHash hash, long size)
    {
        if (!_hashes.TryAdd(path, hash)) throw new InvalidOperationException($"{path} is produced twice");
        Interlocked.Add(ref _bytes, size);
        if (_previous is null) return true; // every file is new: nothing to tell apart (and no changed-file set as long as the site's file list)
        if (_previous.Files.TryGetValue(path, out var old) && old == hash && File.Exists(Path.Combine(_target, path)))
            return false;
        _changed[path] = true;
        return true;
    }

    /// <summary>Reads back a file added to this build, from staging or, when it was unchanged,
    /// from the previous build's output.</summary>
    public Stream OpenRead(string path) => File.OpenRead(PathOf(path));

    /// <summary>Where an added file's bytes are now: in the staging folder, or in the output for a
    /// file kept from the previous build. Valid until the commit.</summary>
    public string PathOf(string path)
    {
        if (!_hashes.ContainsKey(path)) throw new InvalidOperationException($"{path} was not added");
        return Path.Combine(_previous is null || _changed.ContainsKey(path) ? _staging : _target, path);
    }

    /// <summary>What the previous build in this folder wrote, if it left a manifest.</summary>
    public BuildManifest? Previous => _previous;

    /// <summary>Keeps a file of the previous build as it is, without its bytes being made again.
    /// False when there is no such file (then it must be made and added).</summary>
    public bool Keep(string path)
    {
        if (PreviousSize(path) is not long size) return false;
        if (!_hashes.TryAdd(path, _previous!.Files[path])) throw new InvalidOperationException($"{path} is produced twice");
        Interlocked.Add(ref _bytes, size); // the site's size counts kept files too
        return true;
    }

    /// <summary>The size of a file of the previous build that <see cref="Keep"/> would keep, or null.</summary>
    public long? PreviousSize(string path)
    {
        if (_previous is null || !_previous.Files.ContainsKey(path)) return null;
        var file = new FileInfo(Path.Combine(_target, path));
        return file.Exists ? file.Length : null;
    }

    /// <summary>Puts the staged files in place and writes the manifest. If it fails (out of
    /// memory or disk), disposing still deletes the staging folder.</summary>
    public WriteSummary Commit(string fingerprint, InputFingerprint? inputs = null)
    {
        var hashes = _hashes; // no file is added once committing starts
        if (_previous is null)
        {
            new BuildManifest(fingerprint, hashes, inputs).Write(Path.Combine(_staging, BuildManifest.FileName));
            Swap(_staging, _target);
            _committed = true;
            return new WriteSummary(hashes.Count, hashes.Count, 0, _bytes, true);
        }
        bool Preserved(string path) => _preserve.Any(p => path.StartsWith(p, StringComparison.Ordinal));
        var changed = _changed.Keys.Order(StringComparer.Ordinal).ToList();
        var stale = _previous.Files.Keys.Where(p => !hashes.ContainsKey(p) && !Preserved(p)).Order(StringComparer.Ordinal).ToList();
        foreach (var (path, hash) in _previous.Files.Where(f => Preserved(f.Key))) hashes[path] = hash;
        var pagesChanged = changed.Concat(stale).Any(p => p.EndsWith(".html", StringComparison.Ordinal));
        // Files now change in place. Should that stop halfway, the old manifest would describe
        // files it no longer matches, so it goes first: the next build then starts afresh.
        File.Delete(Path.Combine(_target, BuildManifest.FileName));
        foreach (var path in changed)
        {
            var destination = Path.Combine(_target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(_staging, path), destination, overwrite: true);
        }
        foreach (var path in stale) File.Delete(Path.Combine(_target, path));
        new BuildManifest(fingerprint, hashes, inputs).Write(Path.Combine(_target, BuildManifest.FileName));
        _committed = true;
        DeleteIfExists(_staging);
        return new WriteSummary(hashes.Count, changed.Count, stale.Count, _bytes, pagesChanged);
    }

    public void Dispose()
    {
        if (!_committed) DeleteIfExists(_staging);
    }

    /// <summary>Creates each folder once: asking the file system for every file showed in the
    /// profile (docs/performance.md).</summary>
    private void EnsureFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders[folder] = true;
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

    internal static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
