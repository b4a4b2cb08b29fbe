using System.Text.Json;
using Reform.Site.Infrastructure;

namespace Reform.Site.Output;

/// <summary>What the last successful build wrote: a fingerprint of every input and the hash of
/// every output file. It lets a rebuild skip work when nothing changed, and rewrite only the
/// files whose bytes change (so unchanged files keep their timestamps).</summary>
/// <remarks><see cref="Inputs"/> breaks the fingerprint down per plan, so pages of unchanged plans
/// can be kept (absent in manifests of older versions: then every page is rendered).</remarks>
internal sealed record BuildManifest(string Fingerprint, IReadOnlyDictionary<string, ContentHash> Files, InputFingerprint? Inputs = null)
{
    public const string FileName = ".reform-site-manifest.json";

    public static BuildManifest? Read(string outputDir)
    {
        var path = Path.Combine(outputDir, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var files = new Dictionary<string, ContentHash>(StringComparer.Ordinal);
            foreach (var file in doc.RootElement.GetProperty("files").EnumerateObject())
            {
                // The manifest names the files a rebuild may overwrite or delete: a name that
                // leaves the folder ("../data/plan.json") means the manifest is not ours.
                if (!IsSafeRelativePath(file.Name)) throw new InvalidOperationException("not a path inside the output");
                files[file.Name] = ContentHash.Parse(file.Value.GetString()) ?? throw new InvalidOperationException("not a hash");
            }
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

    /// <summary>A relative path of plain segments separated by "/": no root, no "." or "..", no
    /// backslash, no empty segment, no control character.</summary>
    public static bool IsSafeRelativePath(string path) =>
        path.Length > 0 && !path.Contains('\\') && !path.Any(char.IsControl) && !Path.IsPathRooted(path)
        && path.Split('/').All(segment => segment is not ("" or "." or ".."));

    /// <summary>Writes the manifest as it goes (a national site lists hundreds of thousands of
    /// files: held whole as JSON bytes, it was a spike at the end of the build), through a
    /// temporary file, so a manifest is either whole or absent.</summary>
    public void Write(string path)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("fingerprint", Fingerprint);
            if (Inputs is not null)
            {
                json.WriteStartObject("inputs");
                json.WriteString("shared", Inputs.Shared);
                json.WriteString("history", Inputs.History);
                Entries(json, "plans", Inputs.Plans, hash => hash);
                json.WriteEndObject();
            }
            Entries(json, "files", Files, hash => hash.ToString());
            json.WriteEndObject();
        }
        File.Move(temp, path, overwrite: true);
    }

    private static void Entries<T>(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, T> entries, Func<T, string> text)
    {
        json.WriteStartObject(name);
        foreach (var key in entries.Keys.Order(StringComparer.Ordinal))
            json.WriteString(key, text(entries[key]));
        json.WriteEndObject();
    }
}
