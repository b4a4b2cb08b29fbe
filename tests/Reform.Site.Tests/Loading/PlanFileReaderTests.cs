using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Loading;

public sealed class PlanFileReaderTests
{
    private static readonly string Good = Path.Combine(RepoPaths.GoodData, "plans", "012131-sample-plan", "plan.json");

    private static (PlanFile? File, DiagnosticBag Diagnostics) ReadWithPeriod(string period)
    {
        using var temp = new TempDir();
        var path = temp.Combine("plan.json");
        File.WriteAllText(path, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Good), "\"period\": \\{[^}]*\\}", $"\"period\": {period}"));
        var diagnostics = new DiagnosticBag();
        return (PlanFileReader.Read(path, "plans/x/plan.json", diagnostics), diagnostics);
    }

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
}
