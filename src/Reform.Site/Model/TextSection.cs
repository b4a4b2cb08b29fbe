using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A long text about a node: a result, a plan, a review, a council's comment.</summary>
public sealed record TextSection(string NodeId, int? FiscalYear, string KindId, string? DepartmentId, int? Item, LocalizedText Text, SourceLocation Source);
