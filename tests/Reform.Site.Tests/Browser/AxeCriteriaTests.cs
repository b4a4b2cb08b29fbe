using Reform.Site.Content;
using Reform.Site.Diagnostics;

namespace Reform.Site.Tests.Browser;

/// <summary>How axe-core's outcomes become a result per success criterion (no browser needed):
/// the mapping can say 不適合, and never says 適合 for what no rule tested.</summary>
public sealed class AxeCriteriaTests
{
    private static AxeRule Rule(string id, params string[] tags) => new(id, ["wcag2a", .. tags]);

    private static AxePageResult Page(string path, AxeRule[]? passes = null, AxeRule[]? violations = null, AxeRule[]? incomplete = null, AxeRule[]? inapplicable = null) =>
        new(path, passes ?? [], violations ?? [], incomplete ?? [], inapplicable ?? []);

    private static CriterionResult Criterion(IReadOnlyList<CriterionResult> results, string number) => Assert.Single(results, c => c.Number == number);

    [Fact]
    public void There_are_the_30_level_A_and_20_level_AA_criteria_of_WCAG_2_1()
    {
        Assert.Equal(30, AxeCriteria.All.Count(c => c.Level == "A"));
        Assert.Equal(20, AxeCriteria.All.Count(c => c.Level == "AA"));
        Assert.Equal(AxeCriteria.All.Count, AxeCriteria.All.Select(c => c.Number).Distinct().Count());
        Assert.Equal("wcag1410", AxeCriteria.Tag("1.4.10"));
    }

    [Fact]
    public void A_violation_on_any_page_is_a_fail_even_where_other_pages_pass()
    {
        var results = AxeCriteria.Map([
            Page("ja/", passes: [Rule("image-alt", "wcag111")]),
            Page("en/", violations: [Rule("image-alt", "wcag111")]),
        ]);
        Assert.Equal(new CriterionResult("1.1.1", "A", true, CriterionOutcome.Fail), Criterion(results, "1.1.1"));
    }

    [Fact]
    public void Passes_inapplicable_rules_undecided_rules_and_untested_criteria_each_have_their_result()
    {
        var results = AxeCriteria.Map([
            Page("ja/", passes: [Rule("document-title", "wcag242")], inapplicable: [Rule("video-caption", "wcag122")], incomplete: [Rule("color-contrast", "wcag143")]),
            Page("en/", passes: [Rule("color-contrast", "wcag143")], inapplicable: [Rule("video-caption", "wcag122")]),
        ]);
        Assert.Equal(new CriterionResult("2.4.2", "A", true, CriterionOutcome.Pass), Criterion(results, "2.4.2"));
        Assert.Equal(new CriterionResult("1.2.2", "A", false, CriterionOutcome.Pass), Criterion(results, "1.2.2"));
        Assert.Equal(new CriterionResult("1.4.3", "AA", true, CriterionOutcome.CannotTell), Criterion(results, "1.4.3"));
        // No rule tests keyboard operation: it is not verified, not a pass.
        Assert.Equal(new CriterionResult("2.1.1", "A", null, CriterionOutcome.NotTested), Criterion(results, "2.1.1"));
        Assert.Equal(AxeCriteria.All.Count, results.Count);
    }

    [Fact]
    public void The_written_file_reads_back_as_the_site_reads_it()
    {
        var pages = new[] { Page("ja/", violations: [Rule("html-has-lang", "wcag311")], passes: [Rule("document-title", "wcag242")]), Page("") };
        var written = new AccessibilityResults
        {
            Date = "2026-12-06",
            AxeVersion = "4.10.3",
            ChromiumVersion = "131.0.6778.204",
            Pages = pages.Select(p => p.Page).ToList(),
            Criteria = AxeCriteria.Map(pages),
        };
        var diagnostics = new DiagnosticBag();
        var read = AccessibilityResultsReader.Parse(AxeCriteria.Write(written), diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.NotNull(read);
        Assert.Equal(written.Criteria, read.Criteria);
        Assert.Equal(written.Pages, read.Pages);
        Assert.Equal((written.Date, written.AxeVersion, written.ChromiumVersion), (read.Date, read.AxeVersion, read.ChromiumVersion));
        Assert.Equal(CriterionOutcome.Fail, Criterion(read.Criteria, "3.1.1").Outcome);
    }
}
