using System.Text;

namespace Reform.Site.Tests.Architecture;

/// <summary>The library is a one-way pipeline: each stage may use the stages listed before it and
/// never one after it, and no namespaces form a cycle. docs/architecture.md explains the order;
/// this test keeps it true.</summary>
public sealed class StageOrderTests
{
    /// <summary>The stages, lowest first. A namespace below a stage (Rendering.Views) belongs to
    /// it, and within a stage the sub-namespaces must not form a cycle either.</summary>
    public static readonly string[] Stages =
    [
        "Infrastructure",
        "Output",
        "Localization",
        "Diagnostics",
        "Model",
        "Loading",
        "Content",
        "Validation",
        "Analysis",
        "Changes",
        "Datasets",
        "Rendering",
        "Search",
        "Pipeline",
        "Spreadsheets",
        "Scaffolding",
        "Preview",
    ];

    private static NamespaceGraph Graph() =>
        NamespaceGraph.Read(typeof(Reform.Site.Pipeline.SiteBuilder).Assembly.Location, "Reform.Site");

    private static int StageOf(string ns)
    {
        var first = ns["Reform.Site.".Length..].Split('.')[0];
        return Array.IndexOf(Stages, first);
    }

    [Fact]
    public void Every_namespace_of_the_library_belongs_to_a_stage()
    {
        var unplaced = Graph().Namespaces.Where(ns => ns == "Reform.Site" || StageOf(ns) < 0).Order(StringComparer.Ordinal).ToList();
        Assert.True(unplaced.Count == 0, "Namespaces outside every stage (add them to Stages and docs/architecture.md): " + string.Join(", ", unplaced));
    }

    [Fact]
    public void No_stage_uses_a_later_stage()
    {
        var graph = Graph();
        var wrong = new StringBuilder();
        foreach (var from in graph.Namespaces.Order(StringComparer.Ordinal))
            foreach (var (to, why) in graph.Uses(from))
                if (StageOf(to) > StageOf(from))
                    wrong.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{from} → {to}: {string.Join("; ", why.Take(6))}");
        Assert.True(wrong.Length == 0, "Arrows against the stage order:\n" + wrong);
    }

    [Fact]
    public void No_namespaces_form_a_cycle()
    {
        var cycles = Graph().Cycles();
        Assert.True(cycles.Count == 0, "Namespace cycles: " + string.Join(" | ", cycles.Select(c => string.Join(" ⇄ ", c))));
    }

    [Fact]
    public void The_graph_sees_a_known_arrow()
    {
        // Guards the reader itself: if it stopped seeing references, the tests above would pass
        // on any code. The pipeline drives rendering, so that arrow must always be there.
        Assert.Contains("Reform.Site.Rendering", Graph().Uses("Reform.Site.Pipeline").Keys);
        Assert.NotEmpty(Graph().Uses("Reform.Site.Pipeline")["Reform.Site.Rendering"]);
    }
}
