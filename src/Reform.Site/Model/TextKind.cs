namespace Reform.Site.Model;

/// <summary>A kind of long text with the city's heading for it (今後の課題・方向性, 総評, …).</summary>
internal sealed record TextKind(string Id, LocalizedText Name);
