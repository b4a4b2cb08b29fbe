namespace Reform.Site.Rendering;

/// <summary>Site-wide settings that templates can read as <c>site.*</c>.</summary>
/// <remarks><see cref="ContentPages"/> lists the content slugs, so the theme links only pages that exist.</remarks>
internal sealed record SiteSettings(string BaseUrl, bool SearchEnabled, IReadOnlyList<string> ContentPages);
