namespace Reform.Site.Content;

/// <summary>The results of the automated accessibility checks, as the browser tests wrote them to
/// <c>content/accessibility-results.json</c> (docs/accessibility-results.md): when they ran, with
/// which axe-core and which Chromium, on which pages, and per WCAG 2.1 success criterion of
/// level A and AA whether it applied and what the checks found. The site publishes them as its
/// 試験結果 page (JIS X 8341-3:2016, WAIC's guideline on showing test results).</summary>
internal sealed record AccessibilityResults
{
    /// <summary>The file's name in the content folder, beside <c>ja/</c> and <c>en/</c>.</summary>
    public const string FileName = "accessibility-results.json";

    /// <summary>The day the checks ran, <c>yyyy-MM-dd</c>.</summary>
    public required string Date { get; init; }

    public required string AxeVersion { get; init; }

    public required string ChromiumVersion { get; init; }

    /// <summary>The site paths of the pages checked (<c>ja/plans/…/</c>; <c>""</c> is the root).</summary>
    public required IReadOnlyList<string> Pages { get; init; }

    /// <summary>Every success criterion of level A and AA, in the standard's order.</summary>
    public required IReadOnlyList<CriterionResult> Criteria { get; init; }
}

/// <summary>One success criterion: its number (<c>1.4.3</c>), level (<c>A</c> or <c>AA</c>),
/// whether it applied to the pages (null when the checks cannot tell: no rule of axe-core tests
/// it) and the outcome.</summary>
internal sealed record CriterionResult(string Number, string Level, bool? Applicable, CriterionOutcome Outcome);

internal enum CriterionOutcome
{
    /// <summary>axe-core's rules for it passed, or found nothing to apply to, on every page.</summary>
    Pass,

    /// <summary>A rule for it found a violation on some page.</summary>
    Fail,

    /// <summary>No rule of axe-core tests it: it needs a check by eye or with assistive technology.</summary>
    NotTested,

    /// <summary>axe-core could not decide (its "incomplete" results) and found no violation.</summary>
    CannotTell,
}

/// <summary>The outcomes' names in the file.</summary>
internal static class CriterionOutcomes
{
    public static readonly IReadOnlyDictionary<string, CriterionOutcome> ByName = new Dictionary<string, CriterionOutcome>(StringComparer.Ordinal)
    {
        ["pass"] = CriterionOutcome.Pass,
        ["fail"] = CriterionOutcome.Fail,
        ["not-tested"] = CriterionOutcome.NotTested,
        ["cannot-tell"] = CriterionOutcome.CannotTell,
    };

    public static string Name(this CriterionOutcome outcome) => ByName.First(p => p.Value == outcome).Key;
}
