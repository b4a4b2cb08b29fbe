using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>One rating of one node for one fiscal year on one assessment. <see cref="Value"/>
/// is the level code (ordinal) or the number as written (numeric).</summary>
internal sealed record Rating(string NodeId, int FiscalYear, string AssessmentId, string Value, LocalizedText? Reason, RowSource Source);
