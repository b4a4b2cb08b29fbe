using Reform.Site.Cli;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Changes;

/// <summary>"What changed" between two publications: the command, the site's change pages and
/// the errata feed, on a real git history.</summary>
public sealed class DiffTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static GitRepo RepoWithCorrection()
    {
        var repo = new GitRepo();
        repo.Edit("ratings.csv", "p1-i1-b,2021,overall,Ｂ", "p1-i1-b,2021,overall,C");
        repo.Edit("tallies.csv", "p1,2021,overall,B,1\np1,2021,overall,C,0", "p1,2021,overall,B,0\np1,2021,overall,C,1");
        repo.Edit("tallies.csv", ",2021,overall,B,1", ",2021,overall,C,1");
        repo.Edit("texts.csv", "引き続き見直す。", "令和4年度も引き続き見直す。");
        repo.Edit("nodes.csv", "p2,,1,2,組織の見直し,Organisation,,,,\n", "");
        repo.Edit("effects.csv", "p2,2021,2021,actual,500,千円,,,\n", "");
        repo.Edit("effects.csv", ",2021,2021,actual,2,百万円", ",2021,2021,actual,1.5,百万円");
        repo.Commit("Correct the rating of p1-i1-b");
        return repo;
    }

    [Fact]
    public void Diff_between_two_git_revisions_lists_changed_added_and_removed_facts_per_node()
    {
        using var repo = RepoWithCorrection();
        var (exit, output, error) = Run("diff", "HEAD~1", "HEAD", "--data", repo.Data);
        Assert.True(exit == 0, error);
        Assert.Contains("== 012131-sample-plan", output);
        Assert.Contains("~ rating p1-i1-b/2021/overall: Ｂ → Ｃ", output);
        Assert.Contains("~ text p1-i1-a/2021/direction/zaisei/1: 引き続き見直す。 / Continue the review. → 令和4年度も引き続き見直す。", output);
        Assert.Contains("- node p2:", output);
        Assert.Contains("~ effect (plan)/2021-2021/actual: 2 百万円 → 1.5 百万円", output);
    }

    [Fact]
    public void Diff_shows_changes_to_the_lists_of_plan_json()
    {
        using var repo = new GitRepo();
        repo.Edit("plan.json", "\"ja\": \"取組状況\", \"en\": \"What was done\"", "\"ja\": \"令和4年度（実績）\", \"en\": \"FY2022 results\"");
        repo.Edit("plan.json", "{ \"id\": \"ict\", \"name\": { \"ja\": \"ＩＣＴ\", \"en\": \"ICT\" } }", "{ \"id\": \"ict\", \"name\": { \"ja\": \"ＩＣＴ\", \"en\": \"ICT\" } }, { \"id\": \"dx\", \"name\": { \"ja\": \"ＤＸ\", \"en\": \"DX\" } }");
        repo.Edit("plan.json", "\"label\": { \"ja\": \"遅れ\", \"en\": \"Behind plan\" }", "\"label\": { \"ja\": \"遅れている\", \"en\": \"Behind plan\" }");
        repo.Commit("Name the FY2022 text kind");
        var (exit, output, error) = Run("diff", "HEAD~1", "HEAD", "--data", repo.Data);
        Assert.True(exit == 0, error);
        Assert.Contains("~ text_kind result: 取組状況 / What was done → 令和4年度（実績） / FY2022 results", output);
        Assert.Contains("+ tag dx: ＤＸ / DX", output);
        Assert.Contains("~ scale grade:", output);
        Assert.Contains("遅れている", output);
    }

    [Fact]
    public void Diff_between_two_folders_and_of_identical_data_says_no_changes()
    {
        using var repo = RepoWithCorrection();
        var (_, same, _) = Run("diff", repo.Data, repo.Data);
        Assert.Contains("no changes", same);
        var (_, markdown, _) = Run("diff", RepoPaths.GoodData, repo.Data, "--format", "markdown");
        Assert.Contains("| ~ | rating | `p1-i1-b/2021/overall` | Ｂ | Ｃ |", markdown);
    }

    [Fact]
    public void Renaming_a_level_code_or_writing_a_rating_by_its_symbol_changes_no_rating_or_count()
    {
        using var repo = new GitRepo();
        // The scale's codes in lower case, the ratings and counts that use them following, and
        // one rating written by its full-width symbol instead of its code: a reader sees the same.
        repo.Edit("plan.json", "\"code\": \"B\"", "\"code\": \"b\"");
        repo.Edit("ratings.csv", "p1-i1-b,2021,overall,Ｂ", "p1-i1-b,2021,overall,b");
        repo.Edit("tallies.csv", "p1,2021,overall,B,1", "p1,2021,overall,b,1");
        repo.Commit("Lower-case the level codes");
        var (exit, output, error) = Run("diff", "HEAD~1", "HEAD", "--data", repo.Data);
        Assert.True(exit == 0, error);
        // The scale itself did change (its list in plan.json names the new code); no rating or count did.
        var changes = output.Split('\n').Where(line => line.TrimStart().StartsWith('~') || line.TrimStart().StartsWith('+') || line.TrimStart().StartsWith('-')).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, line => Assert.StartsWith("~ scale ", line.TrimStart()));
    }

    [Fact]
    public void An_unknown_revision_is_a_usage_error()
    {
        using var repo = new GitRepo();
        var (exit, _, error) = Run("diff", "no-such-rev", "HEAD", "--data", repo.Data);
        Assert.Equal(2, exit);
        Assert.Contains("neither a folder nor a git revision", error);
    }

    [Fact]
    public void The_change_page_shows_the_staffs_dated_notes_and_the_data_compared_and_never_a_commit()
    {
        using var repo = RepoWithCorrection();
        repo.Edit("plan.json", "\"description\": { \"ja\": \"見本の計画です。\", \"en\": \"A sample plan.\" }",
            "\"description\": { \"ja\": \"見本の計画です。\", \"en\": \"A sample plan.\" },\n    \"change_notes\": [{ \"date\": \"2026-12-06\", \"note\": { \"ja\": \"p1-i1-bの総合評価を、報告書の正誤表に合わせてＣに訂正しました。\", \"en\": \"Corrected the overall grade of p1-i1-b to C, following the report's errata.\" } }]");
        repo.Commit("Add a change note");
        using var temp = new TempDir();
        var options = new BuildOptions(repo.Data, temp.Combine("_site"), temp.Combine("none"), RepoPaths.Theme, "https://example.org/", SearchMode.Off, History: 5);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var en = File.ReadAllText(temp.Combine("_site", "en", "plans", "012131-sample-plan", "changes", "index.html"));
        var ja = File.ReadAllText(temp.Combine("_site", "ja", "plans", "012131-sample-plan", "changes", "index.html"));
        Assert.Contains("Corrected the overall grade of p1-i1-b to C", en);
        Assert.Contains("<li id=\"note-2026-12-06\"><h3>6 December 2026</h3>", en);
        Assert.Contains("More online applications", en); // the changed node is linked by its title
        Assert.Contains("報告書の正誤表に合わせて", ja);
        Assert.Contains("2026年（令和8年）12月6日", ja);
        foreach (var page in new[] { en, ja })
        {
            // Commits are the staff's: no subject, hash or first publication on the public page.
            Assert.DoesNotContain("Correct the rating of p1-i1-b", page);
            Assert.DoesNotContain("Publish FY2021 results", page);
            Assert.DoesNotContain("Add a change note", page);
            Assert.DoesNotMatch("\\b[0-9a-f]{7,40}\\b", System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", " "));
        }
        var feed = File.ReadAllText(temp.Combine("_site", "ja", "changes.xml"));
        Assert.Contains("見本市：p1-i1-bの総合評価を", feed);
        Assert.Contains("https://example.org/ja/plans/012131-sample-plan/changes/#note-2026-12-06", feed);
        Assert.DoesNotContain("Correct the rating", feed);
    }

    [Fact]
    public void A_change_note_without_a_day_is_refused_with_its_place_in_plan_json()
    {
        using var repo = new GitRepo();
        repo.Edit("plan.json", "\"description\": { \"ja\": \"見本の計画です。\", \"en\": \"A sample plan.\" }",
            "\"description\": { \"ja\": \"見本の計画です。\", \"en\": \"A sample plan.\" },\n    \"change_notes\": [{ \"date\": \"令和8年12月\", \"note\": { \"ja\": \"訂正しました。\" } }]");
        var (exit, output, error) = Run("validate", "--data", repo.Data);
        Assert.Equal(1, exit);
        Assert.Contains("plan.change_notes[0].date", output + error);
        Assert.Contains("YYYY-MM-DD", output + error);
    }
}
