using Reform.Site.Model;

namespace Reform.Site.Content;

/// <summary>The site's own settings (<c>site.yml</c> next to the data folder): what a city's site
/// says about itself rather than about its plans. Every member but <see cref="Name"/> and
/// <see cref="Operator"/> is optional; a repository without the file gets <see cref="Default"/>.</summary>
/// <remarks><see cref="Contact"/>: an https:// page or a mailto: address where readers reach the operator.
/// <see cref="BaseUrl"/>: the address the site is published at (the build's --base-url overrides it).
/// <see cref="License"/>: the licence of what the site adds itself (translations, pages), apart from
/// each plan's data licence in plan.json.</remarks>
internal sealed record SiteConfig
{
    /// <summary>The file's name, looked for next to the data folder.</summary>
    public const string FileName = "site.yml";

    public required LocalizedText Name { get; init; }

    public required LocalizedText Operator { get; init; }

    /// <summary>Whether the operator is the city whose reports the site holds (an official site);
    /// false for a third party that transcribes cities' reports, which every page then says.</summary>
    public bool Official { get; init; }

    public string? Contact { get; init; }

    public string? BaseUrl { get; init; }

    public SiteLicense? License { get; init; }

    /// <summary>What a site without a settings file is called (the shipped theme's own name).</summary>
    public static SiteConfig Default { get; } = new()
    {
        Name = LocalizedText.Of("行財政改革オープンデータ", "Administrative Reform Open Data"),
        Operator = LocalizedText.Of("行財政改革オープンデータの運営者", "The operator of Administrative Reform Open Data"),
    };

    /// <summary>Where the settings of the site built from <paramref name="dataDir"/> are: beside it,
    /// at the top of the site's repository.</summary>
    public static string PathFor(string dataDir) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataDir)) ?? ".", FileName);
}

/// <summary>A licence by its name in both languages and the address of its text.</summary>
internal sealed record SiteLicense(LocalizedText Name, string Url);
