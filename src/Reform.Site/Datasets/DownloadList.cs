using System.Text.Json.Nodes;
using Reform.Site.Model;
using Reform.Site.Output;

namespace Reform.Site.Datasets;

/// <summary>Downloads as they are made. Each file goes to the build's staged output at once (no
/// download waits in memory for the others); the list keeps what the downloads page says about
/// each, the Frictionless resources that describe them, and which go into the ZIP of everything.
/// One list per plan, so plans can be made in parallel and then appended in plan order.</summary>
internal sealed class DownloadList(StagedOutput output)
{
    public List<DatasetFile> Catalog { get; } = [];

    public List<JsonObject> Resources { get; } = [];

    /// <summary>Files of the ZIP of everything, by path inside <see cref="SitePaths.DownloadFiles"/> (and the ZIP).</summary>
    public List<string> ZipEntries { get; } = [];

    public void Add(string path, byte[] bytes, string format, string mediaType, int? rows, string? planKey, LocalizedText title, string? table, bool zipped = true)
    {
        output.Add(new OutputFile(SitePaths.Download(path), bytes));
        Record(path, bytes.LongLength, format, mediaType, rows, planKey, title, table, zipped);
    }

    /// <summary>A file written straight to the staged output by <paramref name="write"/>.</summary>
    public void Add(string path, Action<Stream> write, string format, string mediaType, int? rows, string? planKey, LocalizedText title, string? table, bool zipped = true) =>
        Record(path, output.Add(SitePaths.Download(path), write), format, mediaType, rows, planKey, title, table, zipped);

    /// <summary>An empty list that writes to the same output: made on another thread, then appended.</summary>
    public DownloadList Part() => new(output);

    public void Append(DownloadList other)
    {
        Catalog.AddRange(other.Catalog);
        Resources.AddRange(other.Resources); // a plan's list is dropped once appended: its nodes are free to move
        ZipEntries.AddRange(other.ZipEntries);
    }

    /// <summary>Lists a file already written to the staged output.</summary>
    public void Record(string path, long size, string format, string mediaType, int? rows, string? planKey, LocalizedText title, string? table, bool zipped = true)
    {
        Catalog.Add(new DatasetFile(SitePaths.Download(path), format, mediaType, size, rows, planKey, title, table));
        if (zipped) ZipEntries.Add(path);
    }
}
