using System.Text.Json.Nodes;
using Reform.Site.Loading;

namespace Reform.Site.Datasets;

/// <summary>The Table Schema of one canonical CSV as it is: the fields of
/// <c>schema/tables/&lt;table&gt;.schema.json</c> (the single source of truth for columns) that
/// its header has, in the header's order, so a Frictionless client that reads columns by position
/// reads each under its own field. List columns (<c>rs:list</c>) get a pattern that admits the
/// list and keeps the rule for each value.</summary>
internal static class ResourceSchema
{
    public static JsonObject For(string table, IReadOnlyList<string> header)
    {
        var schema = JsonNode.Parse(TableSchemaCatalog.RawJson(table))!.AsObject();
        schema.Remove("$comment");
        var fields = schema["fields"]!.AsArray().Select(f => f!.AsObject()).ToDictionary(f => (string)f["name"]!, StringComparer.Ordinal);
        // The loader refuses a column its schema does not know, so every column is one of these;
        // a bare string field keeps the positions right if that ever changes.
        schema["fields"] = new JsonArray(header.Select(column =>
            (JsonNode)(fields.TryGetValue(column, out var field) ? AsListAware(field.DeepClone().AsObject()) : new JsonObject { ["name"] = column, ["type"] = "string" })).ToArray());
        if (schema["primaryKey"] is JsonArray key && key.Any(k => !header.Contains((string)k!, StringComparer.Ordinal))) schema.Remove("primaryKey");
        return schema;
    }

    /// <summary>A <c>;</c>-separated list column: Table Schema has no list of strings, so the
    /// cell is a string whose pattern is the list of values each matching the field's own pattern,
    /// separated as the loader splits them (blanks around a value and empty values are ignored).</summary>
    private static JsonObject AsListAware(JsonObject field)
    {
        if (field["rs:list"]?.GetValue<string>() is not { } separator) return field;
        var sep = System.Text.RegularExpressions.Regex.Escape(separator);
        var description = (string?)field["description"] ?? "";
        if (!description.Contains($"separated by {separator}", StringComparison.Ordinal))
            field["description"] = $"{description} (a list: values separated by {separator})".TrimStart();
        if (field["constraints"]?["pattern"]?.GetValue<string>() is { } pattern)
        {
            var item = $@"\s*(?:{Unanchored(pattern)})?\s*";
            field["constraints"]!["pattern"] = $"^{item}(?:{sep}{item})*$";
        }
        return field;
    }

    /// <summary>A whole-value pattern without its own ^ and $, to be part of a larger one.</summary>
    private static string Unanchored(string pattern)
    {
        var start = pattern.StartsWith('^') ? 1 : 0;
        var end = pattern.EndsWith('$') && !pattern.EndsWith(@"\$", StringComparison.Ordinal) ? pattern.Length - 1 : pattern.Length;
        return pattern[start..end];
    }
}
