using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

internal sealed record Department(string Id, LocalizedText Name, LocalizedText? Bureau, RowSource Source);
