using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>A downloadable file and what the downloads page says about it.</summary>
internal sealed record DatasetFile(
    string Path,
    string Format,
    string MediaType,
    long Size,
    int? Rows,
    string? PlanKey,
    LocalizedText Title,
    string? Table);
