using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

public sealed record Kpi(
    string Id,
    string NodeId,
    LocalizedText Name,
    LocalizedText? Unit,
    decimal? Baseline,
    int? BaselineFiscalYear,
    decimal? Target,
    int? TargetFiscalYear,
    string? Direction,
    RowSource Source);
