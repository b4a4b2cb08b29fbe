using System.Security.Cryptography;
using System.Text.Json;

namespace Reform.Site.Output;

/// <summary>What the last successful build wrote: a fingerprint of every input and the hash of
/// every output file. It lets a rebuild skip work when nothing changed, and rewrite only the
/// files whose bytes change (so unchanged files keep their timestamps).</summary>
/// <remarks><see cref="Inputs"/> breaks the fingerprint down per plan, so pages of unchanged plans
/// can be kept (absent in manifests of older versions: then every page is rendered).</remarks>
public sealed record BuildManifest(string Fingerprint, IReadOnlyDictionary<string, string> Files, InputFingerprint? Inputs = null)
{
    public const string FileName = ".reform-site-manifest.json";

    public static BuildManifest? Read(string outputDir)
    {
        var path = Path.Combine(outputDir, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var files = doc.RootElement.GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
            var inputs = doc.RootElement.TryGetProperty("inputs", out var i)
                ? new InputFingerprint(i.GetProperty("shared").GetString()!, i.GetProperty("plans").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
                    i.GetProperty("history").GetString()!)
                : null;
            return new BuildManifest(doc.RootElement.GetProperty("fingerprint").GetString()!, files, inputs);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null; // a damaged manifest only costs a full build
        }
    }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(new
    {
        fingerprint = Fingerprint,
        inputs = Inputs is null ? null : new { shared = Inputs.Shared, history = Inputs.History, plans = Inputs.Plans.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value) },
        files = Files.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value),
    }, new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Hash(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));
}
