namespace Reform.Site.Rendering.Views;

public sealed record HeadlineLevelView(string Symbol, TextView Label, int Count);
