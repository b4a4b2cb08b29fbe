using System.Text.Json.Nodes;
using Reform.Site.Model;
using Reform.Site.Output;

namespace Reform.Site.Datasets;

/// <summary>Downloads as they are made: the files, what the downloads page says about each, the
/// Frictionless resources that describe them, and what goes into the ZIP. One list per plan, so
/// plans can be made in parallel and then appended in plan order.</summary>
internal sealed class DownloadList
{
    public List<OutputFile> Files { get; } = [];

    public List<DatasetFile> Catalog { get; } = [];

    public List<JsonObject> Resources { get; } = [];

    /// <summary>Entries of the ZIP, by path inside it.</summary>
    public List<(string Path, byte[] Bytes)> ZipEntries { get; } = [];

    public void Add(string path, byte[] bytes, string format, string mediaType, int? rows, string? planKey, LocalizedText title, string? table, bool zipped = true)
    {
        Files.Add(new OutputFile(DatasetBuilder.Root + path, bytes));
        Catalog.Add(new DatasetFile(DatasetBuilder.Root + path, format, mediaType, bytes.LongLength, rows, planKey, title, table));
        if (zipped) ZipEntries.Add((path, bytes));
    }

    public void Append(DownloadList other)
    {
        Files.AddRange(other.Files);
        Catalog.AddRange(other.Catalog);
        Resources.AddRange(other.Resources.Select(r => r.DeepClone().AsObject()));
        ZipEntries.AddRange(other.ZipEntries);
    }
}
