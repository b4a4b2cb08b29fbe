namespace Reform.Site.Rendering.Views;

/// <summary>How the plan-wide distribution of one assessment changed from year to year.</summary>
internal sealed record YearComparisonView(string Id, TextView Assessment, IReadOnlyList<int> Years, IReadOnlyList<YearComparisonRowView> Rows, IReadOnlyList<int> Totals);
