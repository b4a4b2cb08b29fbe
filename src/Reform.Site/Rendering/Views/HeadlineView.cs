namespace Reform.Site.Rendering.Views;

/// <summary>A plan's headline figures for the home page: the plan-wide rating distribution of
/// the reported year and the effect amounts (published, or summed from the items).</summary>
internal sealed record HeadlineView(
    TextView? Assessment,
    int? FiscalYear,
    IReadOnlyList<HeadlineLevelView> Levels,
    int? Total,
    IReadOnlyList<EffectView> Effects,
    bool EffectsSummed)
{
    /// <summary>How many items the summed effects cover (the same items for planned and actual).</summary>
    public int SummedItems { get; init; }
}
