namespace Reform.Site.Rendering.Views;

internal sealed record TopicIndexView(IReadOnlyList<TopicSummaryView> Topics);
