namespace Reform.Site.Rendering.Views;

/// <summary>A markdown page from content/, rendered to HTML by Markdig.</summary>
internal sealed record ContentView(string Html, PlanCardView? Plan, bool Fallback);
