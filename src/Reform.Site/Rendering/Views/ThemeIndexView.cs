namespace Reform.Site.Rendering.Views;

internal sealed record ThemeIndexView(IReadOnlyList<ThemeSummaryView> Themes);
