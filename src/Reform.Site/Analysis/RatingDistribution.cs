namespace Reform.Site.Analysis;

/// <summary>How many initiatives under a node (or the whole plan when <see cref="NodeId"/> is
/// null) got each rating of an ordinal assessment in one year.</summary>
public sealed record RatingDistribution(
    string? NodeId,
    string AssessmentId,
    int FiscalYear,
    IReadOnlyDictionary<string, int> Counts,
    int Total,
    DistributionSource Source,
    DistributionCheck Check,
    int IndividuallyRated)
{
    public int Count(string code) => Counts.GetValueOrDefault(code);
}
