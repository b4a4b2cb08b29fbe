using System.Text.Json;
using System.Text.Json.Nodes;
using Reform.Site.Infrastructure;
using Reform.Site.Loading;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>Frictionless Data Package descriptors (datapackage.json): every CSV with its path,
/// encoding and table schema (the canonical tables reuse schema/*.schema.json).</summary>
internal static class DataPackage
{
    public static byte[] Write(string name, LocalizedText title, string licenseId, IEnumerable<JsonObject> resources)
    {
        var license = Licenses.Of(licenseId);
        var package = new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = name,
            ["title"] = title.En ?? title.Ja,
            ["description"] = title.Ja,
            ["licenses"] = new JsonArray(new JsonObject { ["name"] = license.Id, ["title"] = license.TitleJa + " / " + license.TitleEn, ["path"] = license.Url }),
            ["resources"] = new JsonArray(resources.Select(r => (JsonNode)r).ToArray()),
        };
        return JsonSerializer.SerializeToUtf8Bytes(package, Json.Indented).Concat("\n"u8.ToArray()).ToArray();
    }

    /// <summary>A canonical table: its schema is the one the loader checks against.</summary>
    public static JsonObject CanonicalResource(string name, string path, string table, int rows) => Resource(name, path, rows, SchemaOf(table));

    /// <summary>A reader's table: one field per column, numbers where the column is numeric.</summary>
    public static JsonObject FlatResource(string name, string path, IReadOnlyList<string> header, IReadOnlyList<bool> numeric, int rows) =>
        Resource(name, path, rows, new JsonObject
        {
            ["fields"] = new JsonArray(header.Select((h, i) => (JsonNode)new JsonObject { ["name"] = h, ["type"] = numeric[i] ? "number" : "string" }).ToArray()),
        });

    private static JsonObject Resource(string name, string path, int rows, JsonObject schema) => new()
    {
        ["name"] = name,
        ["path"] = path,
        ["profile"] = "tabular-data-resource",
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8-sig",
        ["rs:rows"] = rows,
        ["schema"] = schema,
    };

    private static JsonObject SchemaOf(string table)
    {
        var schema = JsonNode.Parse(TableSchemaCatalog.RawJson(table))!.AsObject();
        schema.Remove("$comment");
        return schema;
    }
}
