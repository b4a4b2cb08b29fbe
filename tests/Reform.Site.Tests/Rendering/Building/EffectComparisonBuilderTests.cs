using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Building;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Rendering.Building;

public sealed class EffectComparisonBuilderTests
{
    private static Effect Effect(string? node, int year, EffectKind kind, decimal amount, string unit = "千円") =>
        new(node, year, year, kind, new Money(amount, unit), false, null, PlanModels.Row);

    [Fact]
    public void Two_planned_effects_of_one_item_in_one_year_are_summed_and_labelled_not_one_dropped()
    {
        // Osaki's No.21 has two FY2022 planned rows (53,564 and 296,000 千円); the overview showed only the first.
        var nodes = new[] { PlanModels.Node("no21", null, 1), PlanModels.Node("no22", null, 1) };
        var plan = PlanModels.Empty() with
        {
            Nodes = nodes,
            Effects =
            [
                Effect("no21", 2022, EffectKind.Planned, 53_564),
                Effect("no21", 2022, EffectKind.Planned, 296_000),
                Effect("no21", 2022, EffectKind.Actual, 1_000),
                Effect("no22", 2022, EffectKind.Planned, 10),
                Effect(null, 2022, EffectKind.Planned, 349_574),
            ],
        };
        var chart = Assert.Single(EffectComparisonBuilder.Build(plan, nodes, null, Language.Ja));
        var no21 = chart.Rows.Single(r => r.Node!.Path.Contains("no21", StringComparison.Ordinal));
        Assert.Equal(349_564m, no21.Planned);
        Assert.Equal(2, no21.PlannedRows);
        Assert.Equal(1_000m, no21.Actual);
        Assert.Equal(1, no21.ActualRows);
        Assert.Equal(349_574m, chart.SumPlanned);
        Assert.True(chart.Agrees);
        Assert.Equal(349_574m, chart.Reported!.Planned);
    }
}
