using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Loading;

/// <summary>Reads typed fields out of plan.json, reporting each missing or mistyped field with
/// its JSON path (RS111) instead of throwing, so every problem shows at once.</summary>
public sealed class JsonFields(SourceLocation file, DiagnosticBag diagnostics)
{
    public JsonElement? Object(JsonElement parent, string path, string name, bool required = true)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Object) return e;
        return Missing(path + name, required, "An object is expected.");
    }

    public IEnumerable<(JsonElement Element, string Path)> Array(JsonElement parent, string path, string name, bool required = false)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Array)
            return e.EnumerateArray().Select((x, i) => (x, $"{path}{name}[{i}]."));
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var other) && other.ValueKind != JsonValueKind.Null)
            Report(path + name, "A list is expected.");
        else if (required)
            Report(path + name, "");
        return [];
    }

    public string? String(JsonElement parent, string path, string name, bool required = true)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e))
        {
            if (e.ValueKind == JsonValueKind.String && (e.GetString()!.Length > 0 || !required)) return e.GetString();
            if (e.ValueKind == JsonValueKind.Null && !required) return null;
        }
        Missing(path + name, required, "A text is expected.");
        return null;
    }

    public int? Int(JsonElement parent, string path, string name, bool required = true)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e))
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i)) return i;
            if (e.ValueKind == JsonValueKind.Null && !required) return null;
            Report(path + name, "A whole number is expected.");
            return null;
        }
        if (required) Report(path + name, "");
        return null;
    }

    public decimal? Decimal(JsonElement parent, string path, string name)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null)
        {
            if (e.ValueKind == JsonValueKind.Number) return e.GetDecimal();
            Report(path + name, "A number is expected.");
        }
        return null;
    }

    /// <summary>A {"ja": …, "en": …} text; Japanese is required.</summary>
    public LocalizedText? Text(JsonElement parent, string path, string name, bool required = true)
    {
        if (Object(parent, path, name, required) is not { } o) return null;
        var ja = String(o, path + name + ".", "ja");
        var en = String(o, path + name + ".", "en", required: false);
        return ja is null ? null : new LocalizedText(ja, string.IsNullOrEmpty(en) ? null : en);
    }

    public string? Slug(JsonElement parent, string path, string name, bool required = true)
    {
        var value = String(parent, path, name, required);
        if (value is not null && !Ids.IsSlug(value))
        {
            diagnostics.Add("RS207", file.InColumn(path + name, null), value: value);
            return null;
        }
        return value;
    }

    public void Report(string path, string detail) => diagnostics.Add("RS111", file.InColumn(path, null), value: detail);

    private JsonElement? Missing(string path, bool required, string detail)
    {
        if (required) Report(path, detail);
        return null;
    }
}
