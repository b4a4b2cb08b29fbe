using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A count the city published: how many initiatives under a node (or the whole plan
/// when <see cref="NodeId"/> is null) got a rating; <see cref="Rating"/> null is the total.</summary>
internal sealed record Tally(string? NodeId, int FiscalYear, string AssessmentId, string? Rating, int Count, RowSource Source);
