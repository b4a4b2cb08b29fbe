namespace Reform.Site.Rendering.Views;

internal sealed record HeadlineLevelView(string Symbol, TextView? Meaning, int Count);
