using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>「評価基準を明確化し…」: an assessment whose criteria changed is not compared across the
/// change as a difference (today's "A 46 → 21, −25").</summary>
public sealed class MethodChangeTests : IDisposable
{
    private const string Plan = "012131-sample-plan";
    private const string Overall = "{ \"id\": \"overall\", \"evaluator\": \"self\", \"name\": { \"ja\": \"総合評価\", \"en\": \"Overall\" }, \"scale\": \"grade\" }";
    private readonly TempDir _temp = new();
    private readonly string _data;

    public MethodChangeTests()
    {
        _data = _temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, _data);
        // FY2020 ratings of the two initiatives, so the plan page compares FY2020 with FY2021.
        File.AppendAllText(Path.Combine(_data, "plans", Plan, "ratings.csv"), "p1-i1-a,2020,overall,B,,\np1-i1-b,2020,overall,C,,\n");
    }

    public void Dispose() => _temp.Dispose();

    private void ChangeMethod(string change)
    {
        var file = Path.Combine(_data, "plans", Plan, "plan.json");
        var text = File.ReadAllText(file);
        Assert.Contains(Overall, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(Overall, Overall[..^2] + ", \"method_changes\": [" + change + "] }", StringComparison.Ordinal));
    }

    private static List<string> Changes(BuiltSite site, string lang) =>
        site.Page($"{lang}/plans/{Plan}/").QuerySelectorAll("#yoy ~ div table tbody tr td:last-child").Select(td => td.TextContent).ToList();

    [Fact]
    public void Without_a_change_the_years_are_compared_and_across_one_they_are_only_set_side_by_side_with_the_reason()
    {
        using (var plain = new BuiltSite(_data))
            Assert.Contains("+1", Changes(plain, "ja"));

        ChangeMethod("{ \"fiscal_year\": 2021, \"note\": { \"ja\": \"評価基準を明確化\", \"en\": \"criteria clarified\" } }");
        using var site = new BuiltSite(_data);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        Assert.All(Changes(site, "ja"), change => Assert.Equal("—", change));
        var note = site.Page($"en/plans/{Plan}/").QuerySelector("#yoy")!.ParentElement!.QuerySelector("p.note")!.TextContent;
        Assert.Equal("The method changed in FY2021 (criteria clarified), so the years cannot be compared as a difference; the counts are only shown side by side.", note);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "downloads", $"{Plan}.json")));
        var overall = document.RootElement.GetProperty("assessments").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "overall");
        Assert.Equal(2021, overall.GetProperty("method_changes")[0].GetProperty("fiscal_year").GetInt32());
    }

    [Fact]
    public void A_change_outside_the_plan_or_without_a_note_is_refused()
    {
        ChangeMethod("{ \"fiscal_year\": 2030, \"note\": { \"ja\": \"変更\", \"en\": null } }, { \"fiscal_year\": 2021 }");
        var errors = DataLoader.Load(_data).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Contains(errors, d => d.Code == Codes.YearOutsidePeriod);
        Assert.Contains(errors, d => d.Location.Column != null && d.Location.Column.EndsWith("note", StringComparison.Ordinal));
    }
}
