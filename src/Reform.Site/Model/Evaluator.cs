namespace Reform.Site.Model;

/// <summary>Who gives ratings: the responsible department itself, a council, the city.</summary>
internal sealed record Evaluator(string Id, LocalizedText Name);
