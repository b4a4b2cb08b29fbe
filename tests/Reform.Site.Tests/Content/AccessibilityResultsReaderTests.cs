using Reform.Site.Content;
using Reform.Site.Diagnostics;
using Reform.Site.Localization;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Content;

/// <summary>content/accessibility-results.json as the build reads it: typed results from a good
/// file, nothing (and no complaint) without one, and RS127 at the field for every mistake,
/// above all for a claim the automated checks cannot make.</summary>
public sealed class AccessibilityResultsReaderTests
{
    private const string Good = """
        {
          "date": "2026-12-06",
          "axe_core": "4.10.3",
          "chromium": "131.0.6778.204",
          "pages": ["", "ja/", "en/plans/041009-sendai-keiei-plan/p1/"],
          "criteria": [
            { "number": "1.1.1", "level": "A", "applicable": true, "result": "pass" },
            { "number": "1.2.2", "level": "A", "applicable": false, "result": "pass" },
            { "number": "1.4.3", "level": "AA", "applicable": true, "result": "cannot-tell" },
            { "number": "2.1.1", "level": "A", "applicable": null, "result": "not-tested" },
            { "number": "3.1.1", "level": "A", "applicable": true, "result": "fail" }
          ]
        }
        """;

    private static (AccessibilityResults? Results, IReadOnlyList<Diagnostic> Diagnostics) Parse(string json)
    {
        var diagnostics = new DiagnosticBag();
        return (AccessibilityResultsReader.Parse(json, diagnostics), diagnostics.Items);
    }

    [Fact]
    public void A_good_file_reads_as_typed_results()
    {
        var (results, diagnostics) = Parse(Good);
        Assert.Empty(diagnostics);
        Assert.NotNull(results);
        Assert.Equal(("2026-12-06", "4.10.3", "131.0.6778.204"), (results.Date, results.AxeVersion, results.ChromiumVersion));
        Assert.Equal(["", "ja/", "en/plans/041009-sendai-keiei-plan/p1/"], results.Pages);
        Assert.Equal(
            [new("1.1.1", "A", true, CriterionOutcome.Pass), new("1.2.2", "A", false, CriterionOutcome.Pass), new("1.4.3", "AA", true, CriterionOutcome.CannotTell),
             new("2.1.1", "A", null, CriterionOutcome.NotTested), new("3.1.1", "A", true, CriterionOutcome.Fail)],
            results.Criteria);
    }

    [Fact]
    public void Without_the_file_there_are_no_results_and_nothing_to_report()
    {
        using var temp = new TempDir();
        var diagnostics = new DiagnosticBag();
        Assert.Null(AccessibilityResultsReader.Read(temp.Path, diagnostics));
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData("\"applicable\": true, \"result\": \"pass\"", "\"applicable\": true, \"result\": \"passed\"", "criteria[0].result")]
    [InlineData("\"2026-12-06\"", "\"6 December 2026\"", "date")]
    [InlineData("\"4.10.3\"", "\"latest\"", "axe_core")]
    [InlineData("\"ja/\"", "\"https://tracker.example/\"", "pages[1]")]
    [InlineData("\"ja/\"", "\"../../etc/\"", "pages[1]")]
    [InlineData("\"level\": \"AA\"", "\"level\": \"AAA\"", "criteria[2].level")]
    [InlineData("\"number\": \"1.2.2\"", "\"number\": \"1.1.1\"", "criteria[1].number")]
    // What the checks cannot know, the file may not claim: a failed criterion applies, and one no rule tests has no applicability.
    [InlineData("\"applicable\": true, \"result\": \"fail\"", "\"applicable\": false, \"result\": \"fail\"", "criteria[4].applicable")]
    [InlineData("\"applicable\": null, \"result\": \"not-tested\"", "\"applicable\": true, \"result\": \"not-tested\"", "criteria[3].applicable")]
    [InlineData("\"criteria\": [", "\"criteria\": [,", "$")]
    public void A_mistake_is_RS127_at_its_field_in_both_languages(string good, string bad, string field)
    {
        Assert.Equal(2, Good.Split(good).Length); // once
        var (results, diagnostics) = Parse(Good.Replace(good, bad, StringComparison.Ordinal));
        Assert.Null(results);
        var d = Assert.Single(diagnostics);
        Assert.Equal((Codes.InvalidAccessibilityResults, "content/accessibility-results.json", field), (d.Code, d.Location.File, d.Location.Column));
        var ja = DiagnosticCatalog.Default.Message(d, Language.Ja) + DiagnosticCatalog.Default.Fix(d, Language.Ja);
        var en = DiagnosticCatalog.Default.Message(d, Language.En) + DiagnosticCatalog.Default.Fix(d, Language.En);
        Assert.Contains("content/accessibility-results.json", ja, StringComparison.Ordinal);
        Assert.Contains("UPDATE_ACCESSIBILITY_RESULTS=1", ja, StringComparison.Ordinal);
        Assert.Contains("content/accessibility-results.json", en, StringComparison.Ordinal);
        Assert.Contains("UPDATE_ACCESSIBILITY_RESULTS=1", en, StringComparison.Ordinal);
        Assert.DoesNotContain("{", ja + en, StringComparison.Ordinal);
    }
}
