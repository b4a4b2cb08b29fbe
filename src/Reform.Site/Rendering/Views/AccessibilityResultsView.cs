namespace Reform.Site.Rendering.Views;

/// <summary>The 試験結果 page: the results of the automated accessibility checks, as JIS X
/// 8341-3:2016 and WAIC's guideline on showing test results ask (the date, the method, the pages
/// tested, and per success criterion whether it applied and what was found).</summary>
internal sealed record AccessibilityResultsView
{
    /// <summary>The day the checks ran, <c>yyyy-MM-dd</c> for the template's <c>date</c>.</summary>
    public required string Date { get; init; }

    public required string AxeVersion { get; init; }

    public required string ChromiumVersion { get; init; }

    /// <summary>The absolute URLs of the pages tested, as the results name them.</summary>
    public required IReadOnlyList<string> Pages { get; init; }

    public required IReadOnlyList<CriterionRowView> Criteria { get; init; }

    /// <summary>How many criteria have each result, as <see cref="CriterionRowView.Result"/> names
    /// them (pass, fail, not-tested, cannot-tell), in that order; a result no criterion has is left out.</summary>
    public required IReadOnlyList<ResultCountView> Counts { get; init; }
}

/// <summary>One row of the table. <see cref="Applicable"/> is <c>yes</c>, <c>no</c> or
/// <c>unknown</c> (no rule of the checks tests it) and <see cref="Result"/> one of <c>pass</c>,
/// <c>fail</c>, <c>not-tested</c>, <c>cannot-tell</c>: the template turns both into words
/// (<c>a11y_results.applicable.*</c>, <c>a11y_results.result.*</c>), and the criterion's name is
/// the UI string <c>wcag.{number}</c>.</summary>
internal sealed record CriterionRowView(string Number, string Level, string Applicable, string Result);

internal sealed record ResultCountView(string Result, int Count);
