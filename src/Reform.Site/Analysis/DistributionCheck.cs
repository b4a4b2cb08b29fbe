namespace Reform.Site.Analysis;

/// <summary>How published counts compare with what the item data says.</summary>
internal enum DistributionCheck
{
    /// <summary>Nothing to compare with.</summary>
    None,

    /// <summary>Every initiative is rated individually and the counts agree.</summary>
    Agrees,

    /// <summary>They disagree (validation would have stopped the build; kept for completeness).</summary>
    Differs,

    /// <summary>Only some initiatives are rated individually; those are consistent with the counts.</summary>
    Partial,
}
