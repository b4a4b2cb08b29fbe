namespace Reform.Site.Rendering.Views;

internal sealed record KpiValueView(int FiscalYear, string Kind, decimal Value, TextView? Note);
