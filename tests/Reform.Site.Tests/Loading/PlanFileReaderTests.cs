using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Loading;

public sealed class PlanFileReaderTests
{
    private static readonly string Good = Path.Combine(RepoPaths.GoodData, "plans", "012131-sample-plan", "plan.json");

    /// <summary>Reads the good plan.json with <paramref name="pattern"/> replaced (the edit must take).</summary>
    private static (PlanFile? File, DiagnosticBag Diagnostics) ReadEdited(string pattern, string replacement)
    {
        using var temp = new TempDir();
        var path = temp.Combine("plan.json");
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Good), pattern, replacement);
        Assert.NotEqual(File.ReadAllText(Good), text);
        File.WriteAllText(path, text);
        var diagnostics = new DiagnosticBag();
        return (PlanFileReader.Read(path, "plans/x/plan.json", diagnostics), diagnostics);
    }

    private static (PlanFile? File, DiagnosticBag Diagnostics) ReadWithPeriod(string period) =>
        ReadEdited("\"period\": \\{[^}]*\\}", $"\"period\": {period}");

    [Fact]
    public void An_extended_plan_keeps_its_original_end_beside_the_extended_one()
    {
        var (file, diagnostics) = ReadWithPeriod("{ \"from\": 2018, \"to\": 2022, \"original_to\": 2021 }");
        Assert.Empty(diagnostics.Items);
        Assert.Equal((2018, 2022, 2021), (file!.Metadata!.Period.From, file.Metadata.Period.To, file.Metadata.Period.OriginalTo));
        Assert.Null(ReadWithPeriod("{ \"from\": 2018, \"to\": 2022 }").File!.Metadata!.Period.OriginalTo);
    }

    [Theory]
    [InlineData("{ \"from\": 2018, \"to\": 2022, \"original_to\": 2022 }")] // not before the extended end
    [InlineData("{ \"from\": 2018, \"to\": 2022, \"original_to\": 2017 }")] // before the start
    [InlineData("{ \"from\": 2018, \"to\": null, \"original_to\": 2020 }")] // an open-ended plan has no extended end
    public void An_original_end_that_is_no_earlier_end_is_refused_with_its_place(string period)
    {
        var (_, diagnostics) = ReadWithPeriod(period);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("plan.period.original_to", error.Location.Column);
    }

    private static (PlanFile? File, DiagnosticBag Diagnostics) ReadWithRetrieved(string retrieved) =>
        ReadEdited("(\"source\": \\{)", $"$1 \"retrieved\": \"{retrieved}\",");

    [Fact]
    public void The_day_the_report_was_downloaded_is_kept_when_it_is_a_day()
    {
        var (file, diagnostics) = ReadWithRetrieved("2022-09-01");
        Assert.Empty(diagnostics.Items);
        Assert.Equal("2022-09-01", file!.Metadata!.Source.Retrieved);
    }

    [Theory]
    [InlineData("2022-09")]
    [InlineData("2022-02-30")]
    [InlineData("yesterday")]
    public void A_download_day_that_is_not_a_day_is_refused_with_its_place(string retrieved)
    {
        var (_, diagnostics) = ReadWithRetrieved(retrieved);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("plan.source.retrieved", error.Location.Column);
    }
}
