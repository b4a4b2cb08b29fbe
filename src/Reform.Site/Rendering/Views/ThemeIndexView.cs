namespace Reform.Site.Rendering.Views;

public sealed record ThemeIndexView(IReadOnlyList<ThemeSummaryView> Themes);
