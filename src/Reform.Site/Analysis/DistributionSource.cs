namespace Reform.Site.Analysis;

/// <summary>Where a rating distribution's numbers come from.</summary>
internal enum DistributionSource
{
    /// <summary>The city published these counts for this node.</summary>
    Reported,

    /// <summary>The sum of the counts the city published for the sub-items.</summary>
    SummedFromSubItems,

    /// <summary>Counted here from the ratings of the individual initiatives.</summary>
    CountedFromRatings,
}
