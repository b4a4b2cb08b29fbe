using Reform.Site.Diagnostics;
using Reform.Site.Infrastructure;
using Reform.Site.Model;

namespace Reform.Site.Changes;

/// <summary>Loads one side of a comparison: a data folder, or a git revision of the data folder.</summary>
internal static class DataVersion
{
    /// <returns>The data, its diagnostics, and null; or null data and what went wrong.</returns>
    public static (DataSet? Data, IReadOnlyList<Diagnostic> Diagnostics, string? Problem) Load(string spec, string dataDir, DataReader read)
    {
        if (Directory.Exists(spec))
        {
            var (data, diagnostics) = read(spec, validate: true);
            return (data, diagnostics, null);
        }
        var repo = GitRevisions.TopLevel(dataDir);
        if (repo is null) return (null, [], $"'{spec}' is neither a folder nor a git revision (no git repository around {dataDir})");
        if (!GitRevisions.IsRevision(repo, spec)) return (null, [], $"'{spec}' is neither a folder nor a git revision of {repo}");
        var relative = Path.GetRelativePath(repo, Path.GetFullPath(dataDir)).Replace('\\', '/');
        var temp = ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-diff-");
        try
        {
            if (!GitRevisions.Export(repo, spec, relative, temp)) return (null, [], $"could not read {relative} at {spec}");
            var (data, diagnostics) = read(temp, validate: true);
            return (data, diagnostics, null);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, true);
        }
    }
}
