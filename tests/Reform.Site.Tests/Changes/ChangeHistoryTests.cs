using Reform.Site.Changes;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Changes;

/// <summary>The site's errata log from git: each commit lists exactly the plans it changed,
/// added or removed, whichever plans the data folder holds besides.</summary>
public sealed class ChangeHistoryTests
{
    private const string Sample = "012131-sample-plan";
    private const string Second = "012131-second-plan";
    private const string Third = "012131-third-plan";

    [Fact]
    public void Each_publication_lists_only_the_plans_its_commit_changed_added_or_removed()
    {
        using var repo = new GitRepo();
        AddCopy(repo, Second, "second-plan");
        repo.Commit("Publish the second plan");
        repo.Edit("ratings.csv", "p1-i1-b,2021,overall,Ｂ", "p1-i1-b,2021,overall,C");
        repo.Edit("tallies.csv", "p1,2021,overall,B,1\np1,2021,overall,C,0", "p1,2021,overall,B,0\np1,2021,overall,C,1");
        repo.Edit("tallies.csv", ",2021,overall,B,1", ",2021,overall,C,1");
        repo.Commit("Correct the sample plan");
        AddCopy(repo, Third, "third-plan");
        Directory.Delete(Path.Combine(repo.Data, "plans", Second), recursive: true);
        repo.Commit("Add the third plan, withdraw the second");

        var history = ChangeHistory.Read(repo.Data, 10, DataLoader.Reader);

        Assert.Equal(["Add the third plan, withdraw the second", "Correct the sample plan", "Publish the second plan", "Publish FY2021 results"],
            history.Select(p => p.Revision.Subject));
        Assert.Equal([(Second, ChangeKind.Removed), (Third, ChangeKind.Added)], history[0].Plans.Select(p => (p.PlanKey, p.PlanKind!.Value)));
        var correction = Assert.Single(history[1].Plans);
        Assert.Equal((Sample, (ChangeKind?)null), (correction.PlanKey, correction.PlanKind));
        Assert.Contains(correction.Changes, c => c.NodeId == "p1-i1-b" && c.Old == "Ｂ" && c.New == "Ｃ");
        Assert.Equal([(Second, ChangeKind.Added)], history[2].Plans.Select(p => (p.PlanKey, p.PlanKind!.Value)));
        Assert.Equal([(Sample, ChangeKind.Added)], history[3].Plans.Select(p => (p.PlanKey, p.PlanKind!.Value)));

        // Shown to depth 2, the oldest shown commit is still compared with the one before it.
        var recent = ChangeHistory.Read(repo.Data, 2, DataLoader.Reader);
        Assert.Equal(["Add the third plan, withdraw the second", "Correct the sample plan"], recent.Select(p => p.Revision.Subject));
        Assert.Equal([Sample], recent[1].Plans.Select(p => p.PlanKey));
    }

    [Fact]
    public void A_cached_comparison_gives_the_same_history_and_a_damaged_one_is_made_again()
    {
        using var repo = new GitRepo();
        repo.Edit("ratings.csv", "p1-i1-b,2021,overall,Ｂ", "p1-i1-b,2021,overall,C");
        repo.Commit("Correct the sample plan");
        using var cacheFolder = new TempDir();
        var cache = new ComparisonCache(cacheFolder.Path);

        var cold = ChangeHistory.Read(repo.Data, 10, DataLoader.Reader, cache);
        var entry = Assert.Single(Directory.GetFiles(cache.Folder));
        var warm = ChangeHistory.Read(repo.Data, 10, DataLoader.Reader, cache);
        Assert.Equal(Shown(ChangeHistory.Read(repo.Data, 10, DataLoader.Reader)), Shown(cold));
        Assert.Equal(Shown(cold), Shown(warm));

        // The entry is what the second read showed: its name (the versions compared) is trusted.
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("\"Ｃ\"", "\"D\"").Replace("\"\\uFF23\"", "\"D\""));
        Assert.Contains(ChangeHistory.Read(repo.Data, 10, DataLoader.Reader, cache)[0].Plans[0].Changes, c => c.NodeId == "p1-i1-b" && c.New == "D");

        // A damaged entry is not an error: the comparison is made again and stored.
        File.WriteAllText(entry, "[[\"Chan");
        Assert.Equal(Shown(cold), Shown(ChangeHistory.Read(repo.Data, 10, DataLoader.Reader, cache)));
        Assert.Equal(Shown(cold), Shown(ChangeHistory.Read(repo.Data, 10, DataLoader.Reader, cache)));
        Assert.Single(Directory.GetFiles(cache.Folder));
    }

    private static List<string> Shown(IReadOnlyList<ChangeHistory.Publication> history) =>
        history.SelectMany(p => p.Plans.SelectMany(c => c.Changes.Select(x => $"{p.Revision.Subject}|{c.PlanKey}|{c.PlanKind}|{x}"))
            .Append($"{p.Revision.Subject}|{string.Join(',', p.Plans.Select(c => $"{c.PlanKey}:{c.PlanKind}"))}")).ToList();

    private static void AddCopy(GitRepo repo, string key, string id)
    {
        var folder = Path.Combine(repo.Data, "plans", key);
        TempDir.CopyTree(Path.Combine(repo.Data, "plans", Sample), folder);
        var planJson = Path.Combine(folder, "plan.json");
        File.WriteAllText(planJson, File.ReadAllText(planJson).Replace("\"id\": \"sample-plan\"", $"\"id\": \"{id}\""));
    }
}
