namespace Reform.Site.Rendering.Views;

internal sealed record TallyCellView(string Symbol, TextView? Meaning, int? Count);
