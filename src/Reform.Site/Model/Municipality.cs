namespace Reform.Site.Model;

/// <summary>A municipality, identified by its 全国地方公共団体コード (6 digits with check digit).</summary>
internal sealed record Municipality(string Code, LocalizedText Name, LocalizedText? Prefecture);
