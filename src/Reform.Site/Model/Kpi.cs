using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

internal sealed record Kpi
{
    public required string Id { get; init; }
    /// <summary>The node the KPI measures; null for a KPI of the whole plan (経常収支比率を96%未満に).</summary>
    public required string? NodeId { get; init; }
    public required LocalizedText Name { get; init; }
    public required LocalizedText? Unit { get; init; }
    public required decimal? Baseline { get; init; }
    public required int? BaselineFiscalYear { get; init; }
    public required decimal? Target { get; init; }
    public required int? TargetFiscalYear { get; init; }
    public required string? Direction { get; init; }

    /// <summary>The target as a bound (3.5億円以上, 96%未満); null = a plain target value.</summary>
    public TargetComparison? Comparison { get; init; }
    public required RowSource Source { get; init; }
}
