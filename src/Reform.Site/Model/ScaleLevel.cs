namespace Reform.Site.Model;

/// <summary>One step of an ordinal scale. <see cref="Order"/> 1 is the best.</summary>
internal sealed record ScaleLevel(string Code, string Symbol, int Order, LocalizedText Label);
