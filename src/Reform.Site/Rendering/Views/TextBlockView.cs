namespace Reform.Site.Rendering.Views;

/// <summary>The texts of one kind for one year and department, in printed order.</summary>
internal sealed record TextBlockView(int? FiscalYear, TextView? Department, IReadOnlyList<TextView> Texts);
