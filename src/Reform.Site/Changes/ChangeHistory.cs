using Reform.Site.Model;
using Reform.Site.Pipeline;

namespace Reform.Site.Changes;

/// <summary>The data folder's git history as publications: for each of the last commits that
/// touched it, what changed compared with the commit before. This is the site's errata log.</summary>
public static class ChangeHistory
{
    public sealed record Publication(GitRevisions.Revision Revision, IReadOnlyList<PlanChanges> Plans);

    public static IReadOnlyList<Publication> Read(string dataDir, int depth)
    {
        if (depth <= 0 || GitRevisions.TopLevel(dataDir) is not { } repo) return [];
        var relative = Path.GetRelativePath(repo, Path.GetFullPath(dataDir)).Replace('\\', '/');
        // One more than shown: the oldest shown publication is compared with the one before it.
        var revisions = GitRevisions.History(repo, relative, depth + 1);
        var versions = revisions.Select(r => Load(repo, r.Commit, relative)).ToList();
        var result = new List<Publication>();
        for (var i = 0; i < Math.Min(depth, revisions.Count); i++)
        {
            var before = i + 1 < versions.Count ? versions[i + 1] : new DataSet([], []);
            if (versions[i] is not { } after || before is null) continue;
            var changes = DataDiff.Compare(before, after);
            if (changes.Count > 0) result.Add(new Publication(revisions[i], changes));
        }
        return result;
    }

    private static DataSet? Load(string repo, string commit, string relative)
    {
        var temp = Path.Combine(Path.GetTempPath(), "reform-site-history", Guid.NewGuid().ToString("N"));
        try
        {
            return GitRevisions.Export(repo, commit, relative, temp) ? DataLoader.Load(temp).DataSet : null;
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, true);
        }
    }
}
