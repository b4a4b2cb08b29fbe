using System.Globalization;
using System.Text;
using System.Text.Json;
using Reform.Site.Content;

namespace Reform.Site.Tests.Browser;

/// <summary>What axe-core found on one page: for each of its four outcomes, the rules (id and
/// tags, such as <c>wcag143</c>) that had it.</summary>
public sealed record AxePageResult(string Page, IReadOnlyList<AxeRule> Passes, IReadOnlyList<AxeRule> Violations, IReadOnlyList<AxeRule> Incomplete, IReadOnlyList<AxeRule> Inapplicable);

public sealed record AxeRule(string Id, IReadOnlyList<string> Tags);

/// <summary>Turns axe-core's results over the tested pages into a result per WCAG 2.1 success
/// criterion of level A and AA, and writes them as <c>content/accessibility-results.json</c>
/// (docs/accessibility-results.md). A criterion takes the worst of its rules over every page:
/// a violation anywhere is a fail; else a rule that could not decide (axe's "incomplete") leaves it
/// not verified; else a rule that passed somewhere is a pass; a criterion whose rules found nothing
/// to test on any page does not apply; and one that no rule of axe-core tests is not verified,
/// never a pass.</summary>
internal static class AxeCriteria
{
    /// <summary>The level A and AA success criteria of WCAG 2.1 (JIS X 8341-3:2016 is WCAG 2.0's),
    /// in the standard's order. Their names are the theme's (<c>wcag.{number}</c> in theme/i18n).</summary>
    public static readonly IReadOnlyList<(string Number, string Level)> All =
    [
        ("1.1.1", "A"),
        ("1.2.1", "A"),
        ("1.2.2", "A"),
        ("1.2.3", "A"),
        ("1.2.4", "AA"),
        ("1.2.5", "AA"),
        ("1.3.1", "A"),
        ("1.3.2", "A"),
        ("1.3.3", "A"),
        ("1.3.4", "AA"),
        ("1.3.5", "AA"),
        ("1.4.1", "A"),
        ("1.4.2", "A"),
        ("1.4.3", "AA"),
        ("1.4.4", "AA"),
        ("1.4.5", "AA"),
        ("1.4.10", "AA"),
        ("1.4.11", "AA"),
        ("1.4.12", "AA"),
        ("1.4.13", "AA"),
        ("2.1.1", "A"),
        ("2.1.2", "A"),
        ("2.1.4", "A"),
        ("2.2.1", "A"),
        ("2.2.2", "A"),
        ("2.3.1", "A"),
        ("2.4.1", "A"),
        ("2.4.2", "A"),
        ("2.4.3", "A"),
        ("2.4.4", "A"),
        ("2.4.5", "AA"),
        ("2.4.6", "AA"),
        ("2.4.7", "AA"),
        ("2.5.1", "A"),
        ("2.5.2", "A"),
        ("2.5.3", "A"),
        ("2.5.4", "A"),
        ("3.1.1", "A"),
        ("3.1.2", "AA"),
        ("3.2.1", "A"),
        ("3.2.2", "A"),
        ("3.2.3", "AA"),
        ("3.2.4", "AA"),
        ("3.3.1", "A"),
        ("3.3.2", "A"),
        ("3.3.3", "AA"),
        ("3.3.4", "AA"),
        ("4.1.1", "A"),
        ("4.1.2", "A"),
        ("4.1.3", "AA"),
    ];

    /// <summary>axe-core's tag for a criterion: <c>wcag</c> and its digits (1.4.10 → wcag1410).</summary>
    public static string Tag(string number) => "wcag" + number.Replace(".", "", StringComparison.Ordinal);

    public static IReadOnlyList<CriterionResult> Map(IReadOnlyList<AxePageResult> pages)
    {
        bool Any(Func<AxePageResult, IReadOnlyList<AxeRule>> outcome, string tag) => pages.Any(p => outcome(p).Any(r => r.Tags.Contains(tag)));
        return All.Select(c =>
        {
            var tag = Tag(c.Number);
            return Any(p => p.Violations, tag) ? new CriterionResult(c.Number, c.Level, true, CriterionOutcome.Fail)
                : Any(p => p.Incomplete, tag) ? new CriterionResult(c.Number, c.Level, true, CriterionOutcome.CannotTell)
                : Any(p => p.Passes, tag) ? new CriterionResult(c.Number, c.Level, true, CriterionOutcome.Pass)
                : Any(p => p.Inapplicable, tag) ? new CriterionResult(c.Number, c.Level, false, CriterionOutcome.Pass)
                : new CriterionResult(c.Number, c.Level, null, CriterionOutcome.NotTested);
        }).ToList();
    }

    /// <summary>The results file: one criterion a line, so a change of result is a one-line diff.</summary>
    public static string Write(AccessibilityResults results)
    {
        static string S(string text) => JsonSerializer.Serialize(text);
        var json = new StringBuilder();
        json.Append("{\n");
        json.Append(CultureInfo.InvariantCulture, $"  \"date\": {S(results.Date)},\n");
        json.Append(CultureInfo.InvariantCulture, $"  \"axe_core\": {S(results.AxeVersion)},\n");
        json.Append(CultureInfo.InvariantCulture, $"  \"chromium\": {S(results.ChromiumVersion)},\n");
        json.Append("  \"pages\": [\n");
        json.Append(string.Join(",\n", results.Pages.Select(p => "    " + S(p)))).Append("\n  ],\n");
        json.Append("  \"criteria\": [\n");
        json.Append(string.Join(",\n", results.Criteria.Select(c =>
            $"    {{ \"number\": {S(c.Number)}, \"level\": {S(c.Level)}, \"applicable\": {(c.Applicable is { } a ? (a ? "true" : "false") : "null")}, \"result\": {S(c.Outcome.Name())} }}")));
        json.Append("\n  ]\n}\n");
        return json.ToString();
    }
}
