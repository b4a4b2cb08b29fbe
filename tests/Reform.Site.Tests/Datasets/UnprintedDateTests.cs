using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>A report that prints no date (plan.published "unknown") or whose date is only an
/// estimate (published_approximate): the pages say so and no metadata carries an invented date.</summary>
public sealed class UnprintedDateTests
{
    private const string Plan = "012131-sample-plan";

    private static BuiltSite Build(TempDir temp, string published)
    {
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        var file = Path.Combine(data, "plans", Plan, "plan.json");
        var text = File.ReadAllText(file);
        Assert.Contains("\"published\": \"2022-08\",\n    \"source\"", text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace("\"published\": \"2022-08\",\n    \"source\"", published + ",\n    \"source\"", StringComparison.Ordinal));
        return new BuiltSite(data);
    }

    [Fact]
    public void An_unknown_date_is_said_on_the_page_and_left_out_of_DCAT_and_schema_org()
    {
        using var temp = new TempDir();
        using var site = Build(temp, "\"published\": \"unknown\"");
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")));
        Assert.Contains("公表日の記載なし", site.Page($"ja/plans/{Plan}/").QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("publication date not printed", site.Page($"en/plans/{Plan}/").QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        var catalog = File.ReadAllText(Path.Combine(site.Root, "catalog.jsonld"));
        Assert.DoesNotContain("dct:issued", catalog, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown", catalog, StringComparison.Ordinal);
        var jsonLd = site.Page($"en/plans/{Plan}/downloads/").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("datePublished", jsonLd, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Root, "downloads", $"{Plan}.json")));
        Assert.Equal("unknown", document.RootElement.GetProperty("plan").GetProperty("published").GetString());
    }

    [Fact]
    public void An_estimated_year_is_shown_as_such_and_left_out_of_the_metadata()
    {
        using var temp = new TempDir();
        using var site = Build(temp, "\"published\": \"2022\", \"published_approximate\": true");
        Assert.True(site.Result.Succeeded);
        Assert.Contains("2022年（令和4年）ごろ（推定）", site.Page($"ja/plans/{Plan}/").QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("c. 2022 (estimated)", site.Page($"en/plans/{Plan}/").QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("dct:issued", File.ReadAllText(Path.Combine(site.Root, "catalog.jsonld")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"published\": \"unknown\", \"published_approximate\": true", "plan.published_approximate")]
    [InlineData("\"published\": \"令和4年8月\"", "plan.published")]
    [InlineData("\"published\": \"2022\", \"published_approximate\": \"yes\"", "plan.published_approximate")]
    public void Other_forms_are_refused_with_the_field_named(string published, string field)
    {
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        var file = Path.Combine(data, "plans", Plan, "plan.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"published\": \"2022-08\"", published, StringComparison.Ordinal));
        Assert.Contains(DataLoader.Load(data).Diagnostics, d => d.Code == Codes.InvalidField && d.Location.Column == field);
    }
}
