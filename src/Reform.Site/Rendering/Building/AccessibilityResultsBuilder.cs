using Reform.Site.Content;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>The 試験結果 page's view from <c>content/accessibility-results.json</c>. The file is
/// the same in both languages; the words (criterion names, はい/いいえ, 適合/未検証) are the
/// theme's strings.</summary>
internal static class AccessibilityResultsBuilder
{
    public static AccessibilityResultsView Build(AccessibilityResults results, string baseUrl)
    {
        var rows = results.Criteria.Select(c => new CriterionRowView(c.Number, c.Level,
            c.Applicable switch { true => "yes", false => "no", null => "unknown" }, c.Outcome.Name())).ToList();
        var counts = Enum.GetValues<CriterionOutcome>()
            .Select(o => new ResultCountView(o.Name(), results.Criteria.Count(c => c.Outcome == o)))
            .Where(c => c.Count > 0).ToList();
        return new AccessibilityResultsView
        {
            Date = results.Date,
            AxeVersion = results.AxeVersion,
            ChromiumVersion = results.ChromiumVersion,
            Pages = results.Pages.Select(p => SitePaths.Absolute(baseUrl, p)).ToList(),
            Criteria = rows,
            Counts = counts,
        };
    }
}
