namespace Reform.Site.Rendering.Views;

public sealed record TextEntryView(int? FiscalYear, TextView? Department, int? Item, TextView Text);
