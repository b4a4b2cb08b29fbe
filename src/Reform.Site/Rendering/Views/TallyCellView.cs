namespace Reform.Site.Rendering.Views;

public sealed record TallyCellView(string Symbol, TextView Label, int? Count);
