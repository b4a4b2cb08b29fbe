namespace Reform.Site.Model;

/// <summary>The document a plan's data was transcribed from.</summary>
internal sealed record SourceDocument(LocalizedText Title, string? Url, string? File);
