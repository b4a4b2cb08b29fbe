using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reform.Site.Datasets;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Datasets;

/// <summary>A canonical CSV's Table Schema in a data package: its own columns, in its order,
/// from schema/tables; list columns admit the list.</summary>
public sealed class ResourceSchemaTests
{
    private static List<string> Names(JsonObject schema) => schema["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToList();

    [Fact]
    public void The_fields_are_the_header_in_its_order_with_their_schema()
    {
        var schema = ResourceSchema.For("texts", ["node_id", "fiscal_year", "kind", "text_ja", "text_en"]);
        Assert.Equal(["node_id", "fiscal_year", "kind", "text_ja", "text_en"], Names(schema));
        Assert.Equal("integer", (string)schema["fields"]![1]!["type"]!);

        var reordered = ResourceSchema.For("nodes", ["title_ja", "id", "level"]);
        Assert.Equal(["title_ja", "id", "level"], Names(reordered));
        Assert.Equal("id", (string)reordered["primaryKey"]![0]!);
        Assert.Null(ResourceSchema.For("nodes", ["parent_id", "level", "title_ja"])["primaryKey"]);
    }

    [Fact]
    public void A_list_column_admits_the_list_and_keeps_the_rule_for_each_value()
    {
        var themes = ResourceSchema.For("nodes", ["id", "tags", "themes"])["fields"]![2]!;
        var pattern = new Regex((string)themes["constraints"]!["pattern"]!);
        Assert.Matches(pattern, "finance");
        Assert.Matches(pattern, "finance;service;private-sector");
        Assert.Matches(pattern, "finance; service;"); // as the loader splits: blanks and empty values ignored
        Assert.DoesNotMatch(pattern, "Finance;service");
        Assert.DoesNotMatch(pattern, "finance,service");
        Assert.DoesNotMatch(pattern, "finance;-service");
        Assert.Contains("separated by ;", (string)themes["description"]!, StringComparison.Ordinal);
        Assert.Equal("^[a-z0-9]+(-[a-z0-9]+)*$", (string)ResourceSchema.For("nodes", ["id"])["fields"]![0]!["constraints"]!["pattern"]!);
    }

    [Fact]
    public void A_head_is_the_trimmed_header()
    {
        using var temp = new TempDir();
        var lf = temp.Combine("lf.csv");
        File.WriteAllBytes(lf, [0xEF, 0xBB, 0xBF, .. " id ,\"title,ja\"\nx,y\r\n"u8.ToArray()]);
        Assert.Equal(["id", "title,ja"], CsvHead.Read(lf).Columns);
        var quoted = temp.Combine("quoted.csv");
        File.WriteAllText(quoted, "\"a\r\nb\",c\r\n1,2\n");
        Assert.Equal(["a\r\nb", "c"], CsvHead.Read(quoted).Columns);
    }
}
