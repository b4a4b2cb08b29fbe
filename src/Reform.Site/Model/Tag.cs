namespace Reform.Site.Model;

/// <summary>One of a plan's own tags as the city printed them (e.g. Tomakomai's 7 テーマ).</summary>
internal sealed record Tag(string Id, LocalizedText Name);
