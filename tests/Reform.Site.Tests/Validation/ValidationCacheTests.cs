using Reform.Site.Diagnostics;
using Reform.Site.Infrastructure;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;
using Reform.Site.Validation;

namespace Reform.Site.Tests.Validation;

public sealed class ValidationCacheTests
{
    /// <summary>The good fixture with the broken case's files over it, as the corpus test builds it.</summary>
    private static string Broken(TempDir temp, string name)
    {
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        TempDir.CopyTree(Path.Combine(RepoPaths.Fixtures, "broken", name, "data"), data);
        return data;
    }

    /// <summary>Everything a report shows of each finding, in the report's order.</summary>
    private static string Report(IEnumerable<Diagnostic> found) => string.Join("\n", found.Select(d =>
        $"{d.Code} {d.Severity} {d.Location} line {d.Location.FileLine} {string.Join(", ", d.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))}"));

    private static IReadOnlyList<Diagnostic> Load(string data, string? cacheDir) =>
        DataLoader.Load(data, rules: cacheDir is null ? null : new ValidationCache(cacheDir, InputFingerprint.Of(data, [], ["test"]))).Diagnostics;

    [Theory]
    [InlineData("rating-sum-mismatch")]
    [InlineData("effect-total-mismatch")]
    [InlineData("dangling-parent")]
    [InlineData("year-outside-period")]
    public void A_build_that_takes_the_rules_findings_from_the_cache_reports_what_running_them_reports(string fixture)
    {
        using var temp = new TempDir();
        var data = Broken(temp, fixture);
        var cache = temp.Combine("cache");
        var fresh = Report(Load(data, null));
        Assert.NotEmpty(fresh);
        Assert.Equal(fresh, Report(Load(data, cache))); // rules run, findings kept
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(cache, "validation")));
        Assert.Equal(fresh, Report(Load(data, cache))); // findings read back
    }

    [Fact]
    public void Findings_are_reused_only_while_the_plan_is_unchanged_and_a_damaged_entry_is_made_again()
    {
        using var temp = new TempDir();
        var data = Broken(temp, "rating-sum-mismatch");
        var cache = temp.Combine("cache");
        var fresh = Report(Load(data, null));
        Load(data, cache);

        // An entry stands for the rules: what it holds is what an unchanged plan reports.
        var entry = Assert.Single(Directory.GetFiles(Path.Combine(cache, "validation")));
        var kept = File.ReadAllText(entry);
        File.WriteAllText(entry, kept.Replace("RS505", "RS506"));
        Assert.Contains("RS506", Report(Load(data, cache)));

        // A damaged entry: the rules run again.
        File.WriteAllText(entry, "{ not json");
        Assert.Equal(fresh, Report(Load(data, cache)));

        // The plan changed: its entry is not used, whatever it holds.
        File.WriteAllText(entry, kept.Replace("RS505", "RS506"));
        var nodes = Path.Combine(data, "plans", "012131-sample-plan", "nodes.csv");
        File.AppendAllText(nodes, "\n");
        Assert.DoesNotContain("RS506", Report(Load(data, cache)));
    }
}
