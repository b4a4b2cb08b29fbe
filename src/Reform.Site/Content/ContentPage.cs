using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Content;

/// <summary>A markdown page from <c>content/{lang}/</c>, converted to HTML. <see cref="Plan"/>
/// links it to a plan (front matter <c>plan:</c>). A page missing in one language is shown in
/// the other with <see cref="Fallback"/> set.</summary>
internal sealed record ContentPage(string Slug, Language Lang, string Title, string Html, string? Plan, bool Fallback)
{
    public string SitePath => SitePaths.Content(Lang, Slug);

    public string AlternatePath => SitePaths.Content(Lang.Other, Slug);
}
