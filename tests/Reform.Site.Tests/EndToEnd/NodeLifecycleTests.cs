using System.Text.Json;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>Items that appear or merge during a plan (「令和元年度末新規追加項目」「集約項目」):
/// nodes.csv added_fy and merged_into, transcribed into a copy of the good fixture.</summary>
public sealed class NodeLifecycleTests : IDisposable
{
    private const string Plan = "012131-sample-plan";
    private readonly TempDir _temp = new();
    private readonly BuiltSite _site;

    public NodeLifecycleTests()
    {
        var data = _temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        // ② was added at the end of FY2020 and ① was merged into it in FY2021.
        File.WriteAllText(Path.Combine(data, "plans", Plan, "nodes.csv"), """
            id,parent_id,level,number,title_ja,title_en,tags,themes,continued,ended_fy,added_fy,merged_into
            p1,,1,1,財政の健全化,Sound finances,,finance,,,,
            p1-i1,p1,2,(1),歳出の見直し,Reviewing spending,,finance,,,,
            p1-i1-a,p1-i1,3,①,事務事業の見直し,Reviewing operations,,finance,true,2021,,p1-i1-b
            p1-i1-b,p1-i1,3,②,電子申請の拡大,More online applications,ict,digital,false,2021,2020,
            p2,,1,2,組織の見直し,Organisation,,,,,,

            """.Replace("\r", "", StringComparison.Ordinal));
        _site = new BuiltSite(data);
    }

    public void Dispose()
    {
        _site.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void The_pages_say_when_an_item_was_added_and_link_a_merged_item_both_ways()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        var merged = _site.Page($"ja/plans/{Plan}/p1-i1-a/").QuerySelector("dl")!;
        var into = merged.QuerySelectorAll("div").Single(d => d.QuerySelector("dt")!.TextContent == "集約先").QuerySelector("a")!;
        Assert.Equal("②　電子申請の拡大", into.TextContent); // a numbered heading takes a full-width space (docs/style.md)
        Assert.EndsWith($"ja/plans/{Plan}/p1-i1-b/", into.GetAttribute("href"));
        var receiving = _site.Page($"en/plans/{Plan}/p1-i1-b/").QuerySelector("dl")!.TextContent;
        Assert.Contains("Added during the planFY2020", receiving.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Items merged into this one① Reviewing operations", receiving.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_document_carries_both()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "downloads", $"{Plan}.json")));
        var items = document.RootElement.GetProperty("nodes")[0].GetProperty("children")[0].GetProperty("children");
        Assert.Equal("p1-i1-b", items[0].GetProperty("merged_into").GetString());
        Assert.Equal(2020, items[1].GetProperty("added_fy").GetInt32());
    }
}
