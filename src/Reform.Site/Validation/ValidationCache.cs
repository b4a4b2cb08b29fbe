using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Infrastructure;

namespace Reform.Site.Validation;

/// <summary>What the rules found in each plan, kept between builds in the cache folder (like
/// <see cref="Changes.ComparisonCache"/>). An entry is named by the hash of the plan's folder and
/// of everything shared (themes.csv, this program's build), so it is never stale: a rebuild runs
/// the rules over changed plans only, and still reports every plan's warnings.</summary>
/// <remarks>Only the rules' findings are kept: reading and checking each cell runs every time,
/// since it makes the model. Entries are written to a temporary file and renamed; a damaged entry
/// is made again; entries unused for a month are pruned.</remarks>
internal sealed class ValidationCache(string cacheDir, InputFingerprint inputs)
{
    public string Folder { get; } = Path.Combine(cacheDir, "validation");

    /// <summary>The entry's name for the plan in folder <paramref name="planKey"/>; null for a plan the fingerprint does not know.</summary>
    public string? KeyOf(string planKey) => inputs.Plans.TryGetValue(planKey, out var hash)
        ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{inputs.Shared}\n{planKey}\n{hash}")))
        : null;

    public IReadOnlyList<Diagnostic>? Get(string key)
    {
        var path = Path.Combine(Folder, key + ".json");
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var found = doc.RootElement.EnumerateArray().Select(diagnostic => new Diagnostic(
                DiagnosticCode.Parse(diagnostic.GetProperty("code").GetString()!),
                Enum.Parse<Severity>(diagnostic.GetProperty("severity").GetString()!),
                new SourceLocation(diagnostic.GetProperty("file").GetString()!, Int(diagnostic, "row"), diagnostic.TryGetProperty("column", out var c) ? c.GetString() : null, Int(diagnostic, "columnIndex"), Int(diagnostic, "line")),
                diagnostic.GetProperty("arguments").EnumerateObject().ToDictionary(argument => argument.Name, argument => argument.Value.GetString()!, StringComparer.Ordinal))).ToList();
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow); // in use: not pruned
            return found;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException)
        {
            return null; // missing or damaged: the rules run again
        }
    }

    public void Put(string key, IReadOnlyList<Diagnostic> found) =>
        CacheFolder.TryWriteJson(Folder, key + ".json", json =>
        {
            json.WriteStartArray();
            foreach (var d in found)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code.ToString());
                json.WriteString("severity", d.Severity.ToString());
                json.WriteString("file", d.Location.File);
                if (d.Location.Row is int row) json.WriteNumber("row", row);
                if (d.Location.Column is { } column) json.WriteString("column", column);
                if (d.Location.ColumnIndex is int index) json.WriteNumber("columnIndex", index);
                if (d.Location.Line is int line) json.WriteNumber("line", line);
                json.WriteStartObject("arguments");
                foreach (var (name, value) in d.Arguments) json.WriteString(name, value);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        });

    private static int? Int(JsonElement d, string name) => d.TryGetProperty(name, out var v) ? v.GetInt32() : null;
}
