using System.Globalization;
using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Loading;

/// <summary>Reads typed fields out of plan.json, reporting each missing or mistyped field with
/// its JSON path (RS111) instead of throwing, so every problem shows at once.</summary>
internal sealed class JsonFields(SourceLocation file, DiagnosticBag diagnostics)
{
    public JsonElement? Object(JsonElement parent, string path, string name, bool required = true)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Object) return e;
        return Missing(path + name, required, "An object is expected.", "{ … } のオブジェクトを書いてください。");
    }

    public IEnumerable<(JsonElement Element, string Path)> Array(JsonElement parent, string path, string name, bool required = false)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Array)
            return e.EnumerateArray().Select((element, index) => (element, $"{path}{name}[{index}]."));
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var other) && other.ValueKind != JsonValueKind.Null)
            Report(path + name, "A list is expected.", "[ … ] のリストを書いてください。");
        else if (required)
            Report(path + name, "", "");
        return [];
    }

    public string? String(JsonElement parent, string path, string name, bool required = true)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e))
        {
            if (e.ValueKind == JsonValueKind.String)
            {
                var value = Checked(e, path + name);
                if (value is null) return null;
                if (value.Length > 0 || !required) return value;
            }
            if (e.ValueKind == JsonValueKind.Null && !required) return null;
        }
        Missing(path + name, required, "A text is expected.", "\"…\" の文字を書いてください。");
        return null;
    }

    /// <summary>An optional true/false; anything else is reported and read as absent.</summary>
    public bool? Bool(JsonElement parent, string path, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) return e.GetBoolean();
        Report(path + name, "true or false is expected.", "true または false を書いてください。");
        return null;
    }

    /// <summary>A JSON string's value, or null (reported as RS210) when it holds a character no
    /// published text may carry: a control character, a non-character, or half of a surrogate
    /// pair written as a \u escape.</summary>
    public string? Checked(JsonElement e, string path)
    {
        string value;
        try
        {
            value = e.GetString()!;
        }
        catch (InvalidOperationException)
        {
            diagnostics.Add(Codes.ControlCharacter, file.InColumn(path, null), value: "U+D800–U+DFFF", expected: "?");
            return null;
        }
        if (TextSafety.IndexOfForbidden(value) is var bad and >= 0)
        {
            diagnostics.Add(Codes.ControlCharacter, file.InColumn(path, null), value: TextSafety.Describe(value, bad), expected: (bad + 1).ToString(CultureInfo.InvariantCulture));
            return null;
        }
        return value;
    }

    /// <param name="minimum">The smallest value allowed; every whole number is bounded, since
    /// years and depths are added to and compared (an end year of 2147483647 overflowed to a
    /// negative year in the metadata).</param>
    public int? Int(JsonElement parent, string path, string name, bool required = true, int minimum = -999_999_999, int maximum = 999_999_999)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e))
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) && i >= minimum && i <= maximum) return i;
            if (e.ValueKind == JsonValueKind.Null && !required) return null;
            Report(path + name, $"A whole number from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)} is expected.",
                $"{minimum.ToString(CultureInfo.InvariantCulture)} から {maximum.ToString(CultureInfo.InvariantCulture)} までの整数を書いてください。");
            return null;
        }
        if (required) Report(path + name, "", "");
        return null;
    }

    /// <summary>A number within ±<paramref name="limit"/>; a number that does not fit a decimal
    /// (1e309) is reported, not thrown.</summary>
    public decimal? Decimal(JsonElement parent, string path, string name, decimal limit = 1_000_000_000m)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null)
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var d) && Math.Abs(d) <= limit) return d;
            Report(path + name, $"A number from -{limit.ToString(CultureInfo.InvariantCulture)} to {limit.ToString(CultureInfo.InvariantCulture)} is expected.",
                $"-{limit.ToString(CultureInfo.InvariantCulture)} から {limit.ToString(CultureInfo.InvariantCulture)} までの数を書いてください。");
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

    /// <summary>A link to publish: an absolute http(s) or mailto URL (<see cref="LinkPolicy"/>),
    /// reported as RS209 otherwise.</summary>
    public string? Link(JsonElement parent, string path, string name)
    {
        var value = String(parent, path, name, required: false);
        if (string.IsNullOrEmpty(value)) return null;
        if (LinkPolicy.Check(value, allowRelative: false) == LinkPolicy.Verdict.Allowed) return value;
        diagnostics.Add(Codes.DisallowedLink, file.InColumn(path + name, null), value: value, expected: "http://, https://, mailto:", more: [new("expected_ja", "http://、https://、mailto:")]);
        return null;
    }

    public string? Slug(JsonElement parent, string path, string name, bool required = true)
    {
        var value = String(parent, path, name, required);
        if (value is not null && !Ids.IsSlug(value))
        {
            diagnostics.Add(Codes.InvalidId, file.InColumn(path + name, null), value: value);
            return null;
        }
        return value;
    }

    /// <summary>RS111 with what is wrong in both languages: <paramref name="detail"/> in English
    /// (the value, as before) and <paramref name="detailJa"/> in Japanese, so neither message
    /// carries a fragment of the other language.</summary>
    public void Report(string path, string detail, string detailJa) =>
        diagnostics.Add(Codes.InvalidField, file.InColumn(path, null), value: detail, more: [new("detail_ja", detailJa)]);

    private JsonElement? Missing(string path, bool required, string detail, string detailJa)
    {
        if (required) Report(path, detail, detailJa);
        return null;
    }
}
