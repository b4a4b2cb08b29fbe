namespace Reform.Site.Changes;

/// <summary>One difference between two publications of a plan: what (a node, a rating, an
/// amount, a text), where (node and key), and the old and new values as shown to readers.</summary>
internal sealed record Change(ChangeKind Kind, string? NodeId, string Subject, string Key, string? Old, string? New);
