using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reform.Site.Loading;

/// <summary>The machine-readable table schemas (<c>schema/*.schema.json</c>, Frictionless
/// Table Schema), embedded in the assembly. They are the single source of truth for columns
/// and types: the reader checks against them and the docs describe them.</summary>
internal static class TableSchemaCatalog
{
    /// <summary>The tables of a plan folder, in the order they are read and documented.</summary>
    public static readonly IReadOnlyList<string> PlanTables =
        ["nodes", "departments", "node_departments", "ratings", "tallies", "tag_ratings", "effects", "kpis", "kpi_values", "schedule", "texts"];

    private static readonly Lazy<IReadOnlyDictionary<string, TableSchema>> All = new(LoadAll);

    public static TableSchema Get(string name) => All.Value[name];

    public static IEnumerable<TableSchema> Tables => All.Value.Values.OrderBy(schema => schema.Name, StringComparer.Ordinal);

    /// <summary>The raw JSON of a schema, for copying into datasets' metadata.</summary>
    public static string RawJson(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IReadOnlyDictionary<string, TableSchema> LoadAll()
    {
        var names = Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(name => name.StartsWith("schema/", StringComparison.Ordinal))
            .Select(name => name["schema/".Length..^".schema.json".Length]);
        return names.ToDictionary(name => name, Parse, StringComparer.Ordinal);
    }

    private static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"schema/{name}.schema.json")
        ?? throw new InvalidOperationException($"No embedded schema for {name}");

    private static TableSchema Parse(string name)
    {
        using var stream = Open(name);
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        var fields = root.GetProperty("fields").EnumerateArray().Select(ParseField).ToList();
        var key = root.TryGetProperty("primaryKey", out var pk) ? pk.EnumerateArray().Select(column => column.GetString()!).ToList() : [];
        return new TableSchema(name, root.GetProperty("description").GetString() ?? "", fields, key)
        {
            DescriptionJa = root.TryGetProperty("rs:descriptionJa", out var ja) ? ja.GetString() ?? "" : "",
        };
    }

    private static FieldSchema ParseField(JsonElement f)
    {
        var type = f.GetProperty("type").GetString() switch
        {
            "integer" => FieldType.Integer,
            "number" => FieldType.Number,
            "boolean" => FieldType.Boolean,
            _ => FieldType.String,
        };
        var c = f.TryGetProperty("constraints", out var cs) ? cs : default;
        bool Has(string p) => c.ValueKind == JsonValueKind.Object && c.TryGetProperty(p, out _);
        return new FieldSchema
        {
            Name = f.GetProperty("name").GetString()!,
            Type = type,
            Description = f.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "",
            DescriptionJa = f.TryGetProperty("rs:descriptionJa", out var ja) ? ja.GetString() ?? "" : "",
            Required = Has("required") && c.GetProperty("required").GetBoolean(),
            Pattern = // Frictionless patterns match the whole value; \A…\z says so exactly ($ would also match
                      // before a final line break, letting "p1\n" through as an id).
                Has("pattern") ? new Regex($@"\A(?:{c.GetProperty("pattern").GetString()})\z", RegexOptions.CultureInvariant) : null,
            Enum = Has("enum") ? c.GetProperty("enum").EnumerateArray().Select(value => value.GetString()!).ToList() : null,
            Minimum = Has("minimum") ? c.GetProperty("minimum").GetDecimal() : null,
            Maximum = Has("maximum") ? c.GetProperty("maximum").GetDecimal() : null,
            ListSeparator = f.TryGetProperty("rs:list", out var sep) ? sep.GetString() : null,
            IsFiscalYear = f.TryGetProperty("rs:fiscalYear", out var fy) && fy.GetBoolean(),
        };
    }
}
