namespace Reform.Site.Rendering.Views;

/// <summary>A downloads page: groups of files, and the page's schema.org Dataset JSON-LD.</summary>
internal sealed record DownloadsView(PlanCardView? Plan, IReadOnlyList<DownloadGroupView> Groups, string JsonLd);
