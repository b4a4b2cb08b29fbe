using System.Text.Json;
using System.Text.Json.Nodes;
using Reform.Site.Infrastructure;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>Frictionless Data Package descriptors (datapackage.json): every CSV with its path,
/// encoding, dialect and table schema (the canonical tables' from schema/tables/*.schema.json and
/// their header, see <see cref="ResourceSchema"/>).</summary>
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

    /// <summary>The line break that ends every record of every CSV download (RFC 4180).</summary>
    private const string LineTerminator = "\r\n";

    /// <summary>A canonical table: the fields the loader checks against that the file has, in its order.</summary>
    public static JsonObject CanonicalResource(string name, string path, string table, int rows, CsvHead head) =>
        Resource(name, path, rows, ResourceSchema.For(table, head.Columns));

    /// <summary>A reader's table: one field per column, numbers where the column is numeric.</summary>
    public static JsonObject FlatResource(string name, string path, IReadOnlyList<string> header, IReadOnlyList<bool> numeric, int rows) =>
        Resource(name, path, rows, new JsonObject
        {
            ["fields"] = new JsonArray(header.Select((h, i) => (JsonNode)new JsonObject { ["name"] = h, ["type"] = numeric[i] ? "number" : "string" }).ToArray()),
        });

    /// <remarks>The path is the copy in <see cref="SitePaths.DataPackageCopies"/>, which is UTF-8
    /// without a BOM: the CSV beside it has one for Japanese Excel, and the JavaScript Frictionless
    /// client (datapackage 1.1.10) reads a BOM as part of the first column's name, so every row of
    /// such a file fails its header check. The dialect is declared so that no client has to guess
    /// the delimiter.</remarks>
    /// <param name="path">The CSV's path inside <see cref="SitePaths.DownloadFiles"/>.</param>
    private static JsonObject Resource(string name, string path, int rows, JsonObject schema) => new()
    {
        ["name"] = name,
        ["path"] = SitePaths.DataPackageCopy(path),
        ["profile"] = "tabular-data-resource",
        ["format"] = "csv",
        ["mediatype"] = "text/csv",
        ["encoding"] = "utf-8",
        ["dialect"] = new JsonObject
        {
            ["delimiter"] = ",",
            ["lineTerminator"] = LineTerminator,
            ["quoteChar"] = "\"",
            ["doubleQuote"] = true,
            ["skipInitialSpace"] = false,
            ["header"] = true,
        },
        ["rs:rows"] = rows,
        ["schema"] = schema,
    };
}
