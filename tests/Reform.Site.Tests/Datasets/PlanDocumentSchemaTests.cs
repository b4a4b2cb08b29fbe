using System.Text.Json;
using NJsonSchema;
using Reform.Site.Model;
using Reform.Site.Tests.EndToEnd;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>The plan document's JSON Schema is published where its <c>$id</c> says, and the
/// JSON downloads validate against the published copy.</summary>
public sealed class PlanDocumentSchemaTests : IClassFixture<ShippedSiteTests.Site>
{
    private readonly BuiltSite _site;

    public PlanDocumentSchemaTests(ShippedSiteTests.Site site) => _site = site.Built;

    [Fact]
    public void The_source_id_is_the_site_path_and_the_published_id_is_that_path_under_the_base_url()
    {
        using var source = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "plan-document.schema.json")));
        Assert.Equal(SitePaths.PlanDocumentSchema, source.RootElement.GetProperty("$id").GetString());
        var published = Path.Combine(_site.Root, SitePaths.PlanDocumentSchema);
        Assert.True(File.Exists(published), published);
        using var site = JsonDocument.Parse(File.ReadAllText(published));
        Assert.Equal(SitePaths.Absolute("https://example.org/site/", SitePaths.PlanDocumentSchema), site.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public async Task Every_plan_JSON_and_each_plan_of_all_json_validate_against_the_published_schema()
    {
        var schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(_site.Root, SitePaths.PlanDocumentSchema)));
        var downloads = Path.Combine(_site.Root, "downloads");
        var plans = Directory.GetFiles(downloads, "*.json").Where(f => Path.GetFileName(f) is not (SitePaths.AllJson or SitePaths.DataPackage)).ToList();
        Assert.Equal(Directory.GetDirectories(Path.Combine(RepoPaths.ShippedFixture, "plans")).Length, plans.Count);
        foreach (var file in plans) Assert.Empty(schema.Validate(File.ReadAllText(file)));
        using var all = JsonDocument.Parse(File.ReadAllText(Path.Combine(downloads, SitePaths.AllJson)));
        var count = 0;
        foreach (var plan in all.RootElement.GetProperty("plans").EnumerateArray())
        {
            Assert.Empty(schema.Validate(plan.GetRawText()));
            count++;
        }
        Assert.Equal(plans.Count, count);
    }
}
