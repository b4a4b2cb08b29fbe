using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>One cell of a schedule (工程表): what a task plans for one fiscal year.</summary>
public sealed record ScheduleEntry(string NodeId, int Row, LocalizedText? Task, int FiscalYear, LocalizedText? Entry, string? Status, SourceLocation Source);
