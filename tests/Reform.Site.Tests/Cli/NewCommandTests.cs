using Reform.Site.Cli;
using Reform.Site.Cli.Commands;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Cli;

public sealed class NewCommandTests
{
    private static readonly string[] Answers =
        ["131016", "gyokaku-2026", "千代田区", "Chiyoda City", "行財政改革プラン", "Reform Plan", "2026", "2030", "2026", "基本方針/推進項目/取組項目", "Policy/Item/Initiative"];

    [Theory]
    [InlineData("a-d")]
    [InlineData("symbol3")]
    [InlineData("score")]
    [InlineData("none")]
    public void A_scaffolded_plan_passes_validate_and_builds(string scale)
    {
        using var temp = new TempDir();
        File.Copy(Path.Combine(RepoPaths.ShippedFixture, "themes.csv"), temp.Combine("themes.csv"));
        var args = new List<string> { "new", "--data", temp.Path, "--scale", scale };
        for (var i = 0; i < Answers.Length; i++) args.AddRange([NewCommand.Options[i], Answers[i]]);
        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run([.. args], output, new StringWriter()));

        var (data, diagnostics) = DataLoader.Load(temp.Path);
        // Valid as it is; only reminders that the example rows are still there.
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(Codes.ExampleRowLeft, d.Code));
        var plan = Assert.Single(data.Plans);
        Assert.Equal("131016-gyokaku-2026", plan.Key);
        Assert.Equal(3, plan.Nodes.Count);
        Assert.Contains("| `parent_id` |", File.ReadAllText(Path.Combine(temp.Path, "plans", plan.Key, "README.md")));
        using var elsewhere = new TempDir(); // beside the data folder, never inside it (RS123)
        Assert.True(SiteBuilder.Build(new BuildOptions(temp.Path, elsewhere.Combine("_site"), temp.Combine("none"), RepoPaths.Theme, "https://example.org/", SearchMode.Off)).Succeeded);
    }

    [Fact]
    public void In_a_terminal_it_asks_for_what_is_missing()
    {
        using var temp = new TempDir();
        File.Copy(Path.Combine(RepoPaths.ShippedFixture, "themes.csv"), temp.Combine("themes.csv"));
        var input = new StringReader(string.Join("\n", Answers) + "\n");
        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["new", "--data", temp.Path], input, output, new StringWriter(), interactive: true));
        Assert.Contains("全国地方公共団体コード", output.ToString());
        Assert.All(DataLoader.Load(temp.Path).Diagnostics, d => Assert.Equal(Codes.ExampleRowLeft, d.Code));
    }

    [Fact]
    public void A_wrong_code_or_year_is_refused_and_nothing_is_written()
    {
        using var temp = new TempDir();
        var error = new StringWriter();
        var args = new List<string> { "new", "--data", temp.Path };
        var answers = Answers.ToArray();
        answers[0] = "131017";
        answers[8] = "令和8";
        for (var i = 0; i < answers.Length; i++) args.AddRange([NewCommand.Options[i], answers[i]]);
        Assert.Equal(2, CliApp.Run([.. args], new StringWriter(), error));
        Assert.Contains("check digit should be 6", error.ToString());
        Assert.Contains("--reported 令和8", error.ToString());
        Assert.False(Directory.Exists(temp.Combine("plans")));
    }

    [Fact]
    public void In_a_terminal_a_wrong_answer_is_asked_again_and_the_others_are_kept()
    {
        using var temp = new TempDir();
        File.Copy(Path.Combine(RepoPaths.Data, "themes.csv"), temp.Combine("themes.csv"));
        // A wrong check digit, then the right code; 令和8 for a year, then 2026; a last year before the first.
        var typed = new List<string> { "131017", "131016" };
        typed.AddRange(Answers[1..6]);
        typed.AddRange(["令和8", "2026", "2025", "2030", "2031", "2026"]);
        typed.AddRange(Answers[9..]);
        var output = new StringWriter();
        Assert.Equal(0, CliApp.Run(["new", "--data", temp.Path], new StringReader(string.Join("\n", typed) + "\n"), output, new StringWriter(), interactive: true));
        var text = output.ToString();
        Assert.Contains("検査数字は 6 のはずです", text);
        Assert.Contains("The check digit should be 6", text);
        Assert.Contains("西暦の年度で書いてください", text);
        Assert.Contains("終了年度が開始年度 2026 より前です", text);
        Assert.Contains("報告する年度は計画期間 2026〜2030 の中にしてください", text);
        var plan = Assert.Single(DataLoader.Load(temp.Path).DataSet.Plans);
        Assert.Equal("131016-gyokaku-2026", plan.Key);
        Assert.Equal(2026, plan.Metadata.Period.From);
    }

    [Fact]
    public void The_prefecture_comes_from_the_code_and_every_example_row_is_warned_about()
    {
        using var temp = new TempDir();
        File.Copy(Path.Combine(RepoPaths.Data, "themes.csv"), temp.Combine("themes.csv"));
        var args = new List<string> { "new", "--data", temp.Path };
        var answers = Answers.ToArray();
        answers[0] = "042153"; // 大崎市: 04 宮城県
        for (var i = 0; i < answers.Length; i++) args.AddRange([NewCommand.Options[i], answers[i]]);
        Assert.Equal(0, CliApp.Run([.. args], new StringWriter(), new StringWriter()));
        var (data, diagnostics) = DataLoader.Load(temp.Path);
        var plan = Assert.Single(data.Plans);
        Assert.Equal("宮城県", plan.Municipality.Prefecture?.Ja);
        Assert.Equal("Miyagi", plan.Municipality.Prefecture?.En);
        // The example department and the example 1,200千円 effect are not published unnoticed.
        var warned = diagnostics.Where(d => d.Code == Codes.ExampleRowLeft).Select(d => Path.GetFileName(d.Location.File)).ToHashSet();
        foreach (var file in Directory.GetFiles(temp.Combine("plans", plan.Key), "*.csv").Select(f => Path.GetFileName(f)))
            if (file != "node_departments.csv") Assert.Contains(file, warned); // its rows name the example department and node
        var readme = File.ReadAllText(temp.Combine("plans", plan.Key, "README.md"));
        Assert.Contains("親の ID", readme);
        Assert.Contains("Parent node ID", readme);
    }
}
