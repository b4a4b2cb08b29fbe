namespace Reform.Site.Model;

/// <summary>The folders the site makes beside the pages named by the data: in each language
/// (<c>ja/search/</c>) beside the content pages (<c>ja/about/</c>), and in each plan
/// (<c>ja/plans/…/downloads/</c>) beside its node pages (<c>ja/plans/…/p1/</c>).
/// <see cref="SitePaths"/> builds the site's paths from these names, and validation refuses a content page or a node whose
/// name is one of them: its page would overwrite the site's own.</summary>
internal static class PageFolders
{
    public const string Plans = "plans";
    public const string Topics = "themes";
    public const string Downloads = "downloads";
    public const string Search = "search";
    public const string Departments = "departments";
    public const string Changes = "changes";
    public const string Ratings = "ratings";

    /// <summary>Every plan's lists by rating on one page (not "ratings": a content page may explain the ratings under that name).</summary>
    public const string ByRating = "by-rating";

    /// <summary>The results of the automated accessibility checks (content/accessibility-results.json).</summary>
    public const string AccessibilityResults = "accessibility-results";

    /// <summary>Folders in <c>{lang}/</c>, where content pages are too.</summary>
    public static readonly IReadOnlyList<string> InLanguage = [Plans, Topics, Downloads, Search, AccessibilityResults, ByRating];

    /// <summary>Folders in <c>{lang}/plans/{plan}/</c>, where node pages are too.</summary>
    public static readonly IReadOnlyList<string> InPlan = [Departments, Downloads, Changes, Ratings];
}
