using System.Security.Cryptography;
using System.Text.Json;

namespace Reform.Site.Output;

/// <summary>What the last successful build wrote: a fingerprint of every input and the hash of
/// every output file. It lets a rebuild skip work when nothing changed, and rewrite only the
/// files whose bytes change (so unchanged files keep their timestamps).</summary>
public sealed record BuildManifest(string Fingerprint, IReadOnlyDictionary<string, string> Files)
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
            return new BuildManifest(doc.RootElement.GetProperty("fingerprint").GetString()!, files);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null; // a damaged manifest only costs a full build
        }
    }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(new
    {
        fingerprint = Fingerprint,
        files = Files.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value),
    }, new JsonSerializerOptions { WriteIndented = true });

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A fingerprint of the inputs: every file under the given folders (path and bytes)
    /// plus the settings and the program version that shape the output.</summary>
    public static string FingerprintOf(IEnumerable<string> folders, IEnumerable<string> settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var s in settings) hash.AppendData(System.Text.Encoding.UTF8.GetBytes(s + "\n"));
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) { hash.AppendData("-\n"u8); continue; }
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file) + "\n"));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
