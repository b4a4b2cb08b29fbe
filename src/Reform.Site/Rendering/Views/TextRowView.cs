namespace Reform.Site.Rendering.Views;

/// <summary>One printed line of a text table: its year, department, and a cell per column.</summary>
internal sealed record TextRowView(int? FiscalYear, TextView? Department, IReadOnlyList<TextView?> Cells);
