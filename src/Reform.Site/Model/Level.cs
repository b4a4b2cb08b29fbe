namespace Reform.Site.Model;

/// <summary>A depth of a plan's hierarchy with the city's own word for it (実施方針, 取組項目, …).</summary>
internal sealed record Level(int Depth, LocalizedText Name);
