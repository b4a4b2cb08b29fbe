using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>The hierarchy is a tree: no cycles, every level defined in plan.json, and each
/// child exactly one level below its parent.</summary>
internal sealed class HierarchyRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        var p = c.Plan;
        var depths = p.Levels.Select(level => level.Depth).ToHashSet();
        var reportedCycles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in p.Nodes)
        {
            if (!depths.Contains(node.Level))
                c.Report(Codes.UndefinedLevel, node.Source, "level", value: node.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (node.ParentId is { } pid && p.Index.Node(pid) is { } parent && parent.Level + 1 != node.Level && !InCycle(p, node))
                c.Report(Codes.LevelNotBelowParent, node.Source, "level", value: node.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), expected: parent.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (CycleFrom(p, node) is { } cycle && reportedCycles.Add(cycle.Min(StringComparer.Ordinal)!))
                c.Report(Codes.ParentCycle, node.Source, "parent_id", value: string.Join(" → ", cycle.Append(cycle[0])));
            if (MergeCycleFrom(p, node) is { } merged && reportedCycles.Add("merged:" + merged.Min(StringComparer.Ordinal)))
                c.Report(Codes.MergeCycle, node.Source, "merged_into", value: string.Join(" → ", merged.Append(merged[0])));
        }
    }

    private static bool InCycle(Plan p, Node node) => CycleFrom(p, node) is not null;

    /// <summary>The IDs on a loop of merged_into that starts at <paramref name="node"/> (an item
    /// merged into itself, or two merged into each other), or null.</summary>
    private static List<string>? MergeCycleFrom(Plan p, Node node)
    {
        var path = new List<string>();
        for (Node? current = node; current?.MergedInto is { } target; current = p.Index.Node(target))
        {
            path.Add(current.Id);
            if (target == node.Id) return path;
            if (path.Count > p.Nodes.Count) return null; // a loop that does not pass through node is reported from one of its own
        }
        return null;
    }

    /// <summary>The IDs on the cycle reached by following parents from <paramref name="node"/>,
    /// or null when the chain ends at a top-level node.</summary>
    private static List<string>? CycleFrom(Plan p, Node node)
    {
        var path = new List<string>();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (Node? current = node; current is not null; current = current.ParentId is { } pid ? p.Index.Node(pid) : null)
        {
            if (position.TryGetValue(current.Id, out var start)) return path[start..];
            position[current.Id] = path.Count;
            path.Add(current.Id);
        }
        return null;
    }
}
