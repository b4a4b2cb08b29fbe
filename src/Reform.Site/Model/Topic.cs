using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A shared cross-city topic (data/themes.csv, the format's name for topics) for comparing cities.</summary>
internal sealed record Topic(string Id, LocalizedText Name, LocalizedText? Description, RowSource Source);
