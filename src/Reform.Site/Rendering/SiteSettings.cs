namespace Reform.Site.Rendering;

/// <summary>Site-wide settings that templates can read as <c>site.*</c>.</summary>
public sealed record SiteSettings(string BaseUrl, bool SearchEnabled);
