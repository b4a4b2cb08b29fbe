using Reform.Site.Infrastructure;
using Reform.Site.Model;

namespace Reform.Site.Changes;

/// <summary>The data folder's git history as publications: for each of the last commits that
/// touched it, what changed compared with the commit before. This is the site's errata log.</summary>
internal static class ChangeHistory
{
    public sealed record Publication(GitRevisions.Revision Revision, IReadOnlyList<PlanChanges> Plans);

    /// <param name="read">How a version of the data folder is read (the pipeline's loader).</param>
    /// <param name="cache">Comparisons made by earlier builds: with it, only pairs of versions not
    /// seen before are exported from git and loaded.</param>
    public static IReadOnlyList<Publication> Read(string dataDir, int depth, DataReader read, ComparisonCache? cache = null)
    {
        if (depth <= 0 || GitRevisions.TopLevel(dataDir) is not { } repo) return [];
        var relative = Path.GetRelativePath(repo, Path.GetFullPath(dataDir)).Replace('\\', '/');
        // One more than shown: the oldest shown publication is compared with the one before it.
        var revisions = GitRevisions.History(repo, relative, depth + 1);
        var contents = revisions.Select(r => GitRevisions.Contents(repo, r.Commit, relative)).ToList();
        var result = new List<Publication>();
        for (var i = 0; i < Math.Min(depth, revisions.Count); i++)
        {
            // Only plans whose folder differs between the two commits are read and compared: a
            // fix to one city does not mean loading every city's data twice per commit shown.
            var after = contents[i].Plans;
            var before = i + 1 < contents.Count ? contents[i + 1].Plans : new Dictionary<string, string>();
            var changed = after.Keys.Intersect(before.Keys).Where(k => after[k] != before[k]).Order(StringComparer.Ordinal).ToList();
            // A plan in one commit only was added or removed: that needs no reading at all.
            var addedOrRemoved = after.Keys.Except(before.Keys).Select(k => new PlanChanges(k, ChangeKind.Added, []))
                .Concat(before.Keys.Except(after.Keys).Select(k => new PlanChanges(k, ChangeKind.Removed, [])));
            var keys = changed.ToDictionary(k => k, k => ComparisonCache.Key(k, before[k], after[k], contents[i + 1].Topics, contents[i].Topics));
            var cached = changed.ToDictionary(k => k, k => cache?.Get(keys[k]));
            var compared = changed.Where(k => cached[k] is { Count: > 0 }).Select(k => new PlanChanges(k, null, cached[k]!)).ToList();
            var missing = changed.Where(k => cached[k] is null).ToList();
            if (missing.Count > 0)
            {
                var now = Load(read, repo, revisions[i].Commit, relative, contents[i], missing);
                var old = Load(read, repo, revisions[i + 1].Commit, relative, contents[i + 1], missing);
                if (now is null || old is null) continue;
                var fresh = DataDiff.Compare(old, now);
                compared.AddRange(fresh);
                foreach (var key in missing) cache?.Put(keys[key], fresh.FirstOrDefault(p => p.PlanKey == key)?.Changes ?? []);
            }
            var changes = compared.Concat(addedOrRemoved).OrderBy(c => c.PlanKey, StringComparer.Ordinal).ToList();
            if (changes.Count > 0) result.Add(new Publication(revisions[i], changes));
        }
        return result;
    }

    /// <summary>The given plans (all in this commit) as of a commit.</summary>
    private static DataSet? Load(DataReader read, string repo, string commit, string relative, (IReadOnlyDictionary<string, string> Plans, string? Topics) contents, IReadOnlyList<string> plans)
    {
        var paths = plans.Select(k => $"plans/{k}").ToList();
        if (contents.Topics is not null) paths.Insert(0, "themes.csv");
        var temp = ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-history-");
        try
        {
            return GitRevisions.Export(repo, commit, relative, temp, paths) ? read(temp, validate: false).Data : null;
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, true);
        }
    }
}
