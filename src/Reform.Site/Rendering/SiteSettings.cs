using Reform.Site.Changes;
using Reform.Site.Model;

namespace Reform.Site.Rendering;

/// <summary>Site-wide settings that templates can read as <c>site.*</c>.</summary>
/// <remarks><see cref="ContentPages"/> lists the content slugs, so the theme links only pages that exist.
/// <see cref="Contact"/> and <see cref="LicenseUrl"/> come from site.yml (null when it has none); the
/// site's name and operator, which differ by language, are the strings <c>site.title</c> and
/// <c>site.operator</c> (<see cref="SiteTheme.WithSite"/>).</remarks>
internal sealed record SiteSettings(string BaseUrl, bool SearchEnabled, IReadOnlyList<string> ContentPages)
{
    public string? Contact { get; init; }

    /// <summary>Whether the operator is the city itself (site.yml <c>official</c>).</summary>
    public bool Official { get; init; }

    public string? LicenseUrl { get; init; }

    /// <summary>The day each plan's data was last updated, and the site's (<c>page.updated</c>).</summary>
    public UpdateDates Updated { get; init; } = UpdateDates.None;

    /// <summary>Each plan's plan.contact, by plan key (<c>page.contact_*</c> on the plan's pages).</summary>
    public IReadOnlyDictionary<string, PlanContact> PlanContacts { get; init; } = new Dictionary<string, PlanContact>();

    /// <summary>Per language code, the folders of the search index's bundles that its search page
    /// merges into the main one (<see cref="Search.SearchBundles"/>); empty without search.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SearchBundles { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
