namespace Reform.Site.Rendering.Views;

/// <summary>Published counts for one assessment and year: a count per scale level, the total.</summary>
internal sealed record TallyView(TextView Assessment, int FiscalYear, IReadOnlyList<TallyCellView> Cells, int? Total);
