using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Validation;

/// <summary>A row's <c>source</c> names one of plan.json's plan.sources; the ids are unique and
/// a source's date has the form of plan.published.</summary>
public sealed class SourceReferenceTests
{
    private const string PlanFolder = "012131-sample-plan";

    private static IReadOnlyList<Diagnostic> Validate(Action<string> edit)
    {
        using var temp = new TempDir();
        var data = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        edit(Path.Combine(data, "plans", PlanFolder));
        return DataLoader.Load(data).Diagnostics;
    }

    private static void Replace(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_that_plan_json_does_not_list_is_an_unknown_reference_with_the_nearest_id()
    {
        var d = Assert.Single(Validate(plan => Replace(Path.Combine(plan, "kpi_values.csv"), ",newsletter", ",newsleter")), d => d.Code == Codes.UnknownReference);
        Assert.Equal("source", d.Location.Column);
        Assert.Equal(3, d.Location.Row);
        Assert.Equal("newsletter", d.Argument("nearest"));
    }

    [Fact]
    public void Two_sources_with_one_id_and_a_source_date_in_another_form_are_errors()
    {
        var diagnostics = Validate(plan => Replace(Path.Combine(plan, "plan.json"), "\"id\": \"progress-page\"", "\"id\": \"newsletter\", \"published\": \"令和4年\""));
        Assert.Contains(diagnostics, d => d.Code == Codes.DuplicateId && d.Argument("value") == "newsletter");
        Assert.Contains(diagnostics, d => d.Code == Codes.InvalidField && d.Location.Column == "plan.sources[1].published");
    }

    [Fact]
    public void A_source_column_in_a_table_that_has_none_is_an_unknown_column()
    {
        Assert.Contains(Validate(plan => Replace(Path.Combine(plan, "departments.csv"), "\n", ",source\n")), d => d.Code == Codes.UnknownColumn);
    }
}
