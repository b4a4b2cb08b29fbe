using Reform.Site.Cli;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Changes;

/// <summary>"Last updated" on every page and whom to ask about a plan (issue 22, point 4).</summary>
public sealed class UpdateDatesTests
{
    private const string Description = "\"description\": { \"ja\": \"見本の計画です。\", \"en\": \"A sample plan.\" }";

    private static string Build(string data, TempDir temp)
    {
        var options = new BuildOptions(data, temp.Combine("_site"), temp.Combine("none"), RepoPaths.Theme, "https://example.org/", SearchMode.Off);
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Location)));
        return temp.Combine("_site");
    }

    [Fact]
    public void Every_page_shows_the_day_its_plans_data_last_changed_in_git()
    {
        using var repo = new GitRepo();
        repo.Edit("plan.json", "見本の計画です。", "見本の計画です（説明を補いました）。");
        repo.Commit("Correct a rating", date: "2026-03-04T10:00:00");
        using var temp = new TempDir();
        var site = Build(repo.Data, temp);
        var node = File.ReadAllText(Path.Combine(site, "ja", "plans", "012131-sample-plan", "p1", "index.html"));
        var home = File.ReadAllText(Path.Combine(site, "en", "index.html"));
        Assert.Contains("この計画のデータの最終更新日：<time datetime=\"2026-03-04\">", node);
        Assert.Contains("href=\"../../../../ja/plans/012131-sample-plan/changes/\">変更履歴</a>", node);
        Assert.Contains("Data last updated: <time datetime=\"2026-03-04\">4 March 2026</time>", home);
    }

    [Fact]
    public void Outside_git_the_newest_change_note_gives_the_day_and_without_one_no_day_is_invented()
    {
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        using (var plain = new TempDir())
        {
            var page = File.ReadAllText(Path.Combine(Build(data, plain), "en", "plans", "012131-sample-plan", "index.html"));
            Assert.DoesNotContain("last updated", page);
        }
        var plan = Path.Combine(data, "plans", "012131-sample-plan", "plan.json");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace(Description, Description + ",\n    \"change_notes\": ["
            + "{ \"date\": \"2026-02-01\", \"note\": { \"ja\": \"訂正しました。\" } }, { \"date\": \"2026-05-06\", \"note\": { \"ja\": \"追加しました。\" } }]"));
        using var noted = new TempDir();
        var en = File.ReadAllText(Path.Combine(Build(data, noted), "en", "plans", "012131-sample-plan", "index.html"));
        Assert.Contains("This plan&#39;s data last updated: <time datetime=\"2026-05-06\">", en.Replace("'", "&#39;"));
    }

    [Fact]
    public void A_plans_contact_is_linked_on_its_pages_and_carried_into_the_json_download()
    {
        using var repo = new GitRepo();
        repo.Edit("plan.json", Description, Description + ",\n    \"contact\": { \"name\": { \"ja\": \"見本市 行政改革課\", \"en\": \"Administrative Reform Division\" }, \"url\": \"mailto:gyokaku@example.org\" }");
        using var temp = new TempDir();
        var site = Build(repo.Data, temp);
        var ja = File.ReadAllText(Path.Combine(site, "ja", "plans", "012131-sample-plan", "p1", "index.html"));
        var en = File.ReadAllText(Path.Combine(site, "en", "plans", "012131-sample-plan", "index.html"));
        Assert.Contains("この計画についてのお問い合わせ・誤りのご連絡：<a href=\"mailto:gyokaku@example.org\">見本市 行政改革課</a>", ja);
        Assert.Contains("<a href=\"mailto:gyokaku@example.org\">Administrative Reform Division</a>", en);
        var topics = File.ReadAllText(Path.Combine(site, "en", "themes", "index.html"));
        Assert.DoesNotContain("gyokaku@example.org", topics); // a page of no one plan names no plan's contact
        var json = Directory.GetFiles(Path.Combine(site, "downloads"), "*.json", SearchOption.AllDirectories).Select(File.ReadAllText).First(t => t.Contains("\"contact\""));
        Assert.Contains("\"url\": \"mailto:gyokaku@example.org\"", json.Replace("\":\"", "\": \""));
    }

    [Theory]
    [InlineData("\"url\": \"javascript:alert(1)\"", "RS209")]
    [InlineData("\"url\": \"\"", "plan.contact.url")]
    public void A_contact_without_a_safe_address_is_refused_with_its_place(string url, string expected)
    {
        using var repo = new GitRepo();
        repo.Edit("plan.json", Description, Description + ",\n    \"contact\": { \"name\": { \"ja\": \"行政改革課\" }, " + url + " }");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["validate", "--data", repo.Data], output, error);
        Assert.Equal(1, exit);
        Assert.Contains(expected, output.ToString() + error);
        Assert.Contains("plan.contact.url", output.ToString() + error);
    }
}
