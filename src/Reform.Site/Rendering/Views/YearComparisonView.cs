namespace Reform.Site.Rendering.Views;

/// <summary>How the plan-wide distribution of one assessment changed from year to year.</summary>
internal sealed record YearComparisonView(string Id, TextView Assessment, IReadOnlyList<int> Years, IReadOnlyList<YearComparisonRowView> Rows, IReadOnlyList<int> Totals)
{
    /// <summary>The year the method changed between the first and the last year compared, when it
    /// did: the counts are shown side by side and no difference is printed.</summary>
    public int? MethodChangedIn { get; init; }

    public TextView? MethodChangeNote { get; init; }
}
