namespace Reform.Site.Analysis;

/// <summary>How many initiatives under a node (or the whole plan when <see cref="NodeId"/> is
/// null) got each rating of an ordinal assessment in one year.</summary>
internal sealed record RatingDistribution
{
    public required string? NodeId { get; init; }
    public required string AssessmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required IReadOnlyDictionary<string, int> Counts { get; init; }
    public required int Total { get; init; }
    public required DistributionSource Source { get; init; }
    public required DistributionCheck Check { get; init; }
    public required int IndividuallyRated { get; init; }

    public int Count(string code) => Counts.GetValueOrDefault(code);
}
