using Reform.Site.Pipeline;
using Reform.Site.Preview;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Cli;

/// <summary>The preview a staff member keeps open while editing: it rebuilds on save, shows
/// errors in the page, and recovers when they are fixed.</summary>
public sealed class PreviewServerTests
{
    [Fact]
    public async Task Editing_a_file_rebuilds_the_page_and_an_error_shows_in_the_page()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Combine("data"));
        var options = new BuildOptions(temp.Combine("data"), temp.Combine("_preview"), temp.Combine("none"), RepoPaths.Theme, "http://127.0.0.1/");
        using var server = new PreviewServer(options, 0, _ => { });
        server.Start();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/"), Timeout = TimeSpan.FromSeconds(10) };
        const string page = "en/plans/012131-sample-plan/p1-i1-b/";

        var before = await http.GetStringAsync(page);
        Assert.Contains("More online applications", before);
        Assert.Contains(PreviewServer.StatusPath, before); // the live-reload script

        var nodes = Path.Combine(temp.Path, "data", "plans", "012131-sample-plan", "nodes.csv");
        var build = server.BuildNumber;
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("More online applications", "Online applications for everything"));
        await WaitForBuild(server, build);
        Assert.Contains("Online applications for everything", await http.GetStringAsync(page));

        build = server.BuildNumber;
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("p1-i1,p1,2,", "p1-i1,p9,2,"));
        await WaitForBuild(server, build);
        var error = await http.GetAsync(page);
        Assert.Equal(500, (int)error.StatusCode);
        var text = await error.Content.ReadAsStringAsync();
        Assert.Contains("RS302", text);
        Assert.Contains("列「parent_id」の「p9」が指す先", text);

        build = server.BuildNumber;
        File.WriteAllText(nodes, File.ReadAllText(nodes).Replace("p1-i1,p9,2,", "p1-i1,p1,2,"));
        await WaitForBuild(server, build);
        Assert.Contains("Online applications for everything", await http.GetStringAsync(page));
    }

    /// <summary>Waits (at most 30 s) for the watcher to notice the save and finish a build.</summary>
    private static async Task WaitForBuild(PreviewServer server, int previous)
    {
        for (var i = 0; i < 300 && server.BuildNumber == previous; i++) await Task.Delay(100);
        Assert.True(server.BuildNumber > previous, "no rebuild within 30 s of saving");
    }
}
