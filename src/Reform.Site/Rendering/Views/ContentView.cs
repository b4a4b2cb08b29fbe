namespace Reform.Site.Rendering.Views;

/// <summary>A markdown page from content/, rendered to HTML by Markdig.</summary>
internal sealed record ContentView(string Html, PlanCardView? Plan, bool Fallback)
{
    /// <summary>The page's name (<c>contact</c> for content/{lang}/contact.md): the contact page is
    /// followed by the operator's address from the settings.</summary>
    public string Slug { get; init; } = "";
}
