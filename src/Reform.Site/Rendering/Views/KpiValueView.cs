namespace Reform.Site.Rendering.Views;

public sealed record KpiValueView(int FiscalYear, string Kind, decimal Value, TextView? Note);
