using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A shared cross-city theme (data/themes.csv) for comparing cities.</summary>
internal sealed record Theme(string Id, LocalizedText Name, LocalizedText? Description, RowSource Source);
