namespace Reform.Site.Model;

/// <summary>Precomputed lookups over one plan. Nodes keep the city's order everywhere.</summary>
internal sealed class PlanIndex
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Node>> _children = new(StringComparer.Ordinal);
    private readonly List<Node> _roots = [];
    private readonly List<Node> _unplaced = [];
    private readonly ILookup<string, Rating> _ratings;
    private readonly Dictionary<string, Department> _departments;
    private readonly ILookup<string, NodeDepartment> _departmentLinks;
    private readonly ILookup<string?, Tally> _tallies;
    private readonly ILookup<string?, Effect> _effects;
    private readonly ILookup<string?, Kpi> _kpis;
    private readonly ILookup<string, KpiValue> _kpiValues;
    private readonly ILookup<string, ScheduleEntry> _schedule;
    private readonly ILookup<string?, TextSection> _texts;

    public PlanIndex(Plan plan)
    {
        foreach (var node in plan.Nodes) _nodes.TryAdd(node.Id, node);
        foreach (var node in plan.Nodes)
        {
            if (node.ParentId is { } parent && _nodes.ContainsKey(parent))
                (_children.TryGetValue(parent, out var list) ? list : _children[parent] = []).Add(node);
            else if (node.ParentId is null && node.Level == 1)
                _roots.Add(node);
            else
                _unplaced.Add(node); // no published place, or a dangling parent (reported by validation)
        }
        _ratings = plan.Ratings.ToLookup(r => r.NodeId, StringComparer.Ordinal);
        _departments = plan.Departments.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _departmentLinks = plan.NodeDepartments.ToLookup(d => d.NodeId, StringComparer.Ordinal);
        _tallies = plan.Tallies.ToLookup(t => t.NodeId, StringComparer.Ordinal);
        _effects = plan.Effects.ToLookup(e => e.NodeId, StringComparer.Ordinal);
        _kpis = plan.Kpis.ToLookup(k => k.NodeId, StringComparer.Ordinal);
        _kpiValues = plan.KpiValues.ToLookup(v => v.KpiId, StringComparer.Ordinal);
        _schedule = plan.Schedule.ToLookup(s => s.NodeId, StringComparer.Ordinal);
        _texts = plan.Texts.ToLookup(t => t.NodeId, StringComparer.Ordinal);
    }

    /// <summary>Top-level nodes (level 1, no parent).</summary>
    public IReadOnlyList<Node> Roots => _roots;

    /// <summary>Nodes below the top whose place in the hierarchy the report does not publish.</summary>
    public IReadOnlyList<Node> Unplaced => _unplaced;

    public Node? Node(string id) => _nodes.GetValueOrDefault(id);

    public Department? Department(string id) => _departments.GetValueOrDefault(id);

    public IReadOnlyList<Node> Children(string id) => _children.TryGetValue(id, out var list) ? list : [];

    public IEnumerable<Rating> RatingsOf(string nodeId) => _ratings[nodeId];

    // Per-node rows in file order. Scanning a whole table for every node made the datasets and
    // pages quadratic in the size of a plan.

    public IEnumerable<NodeDepartment> DepartmentLinksOf(string nodeId) => _departmentLinks[nodeId];

    /// <summary>The node's counts; with null, the plan-wide ones.</summary>
    public IEnumerable<Tally> TalliesOf(string? nodeId) => _tallies[nodeId];

    /// <summary>The node's effects; with null, the plan-wide ones.</summary>
    public IEnumerable<Effect> EffectsOf(string? nodeId) => _effects[nodeId];

    /// <summary>The node's KPIs; with null, the plan-wide ones.</summary>
    public IEnumerable<Kpi> KpisOf(string? nodeId) => _kpis[nodeId];

    public IEnumerable<KpiValue> ValuesOf(string kpiId) => _kpiValues[kpiId];

    public IEnumerable<ScheduleEntry> ScheduleOf(string nodeId) => _schedule[nodeId];

    /// <summary>The node's texts; with null, the plan-wide ones.</summary>
    public IEnumerable<TextSection> TextsOf(string? nodeId) => _texts[nodeId];

    /// <summary>The chain from the top down to (not including) the node; stops at a cycle.</summary>
    public IReadOnlyList<Node> Ancestors(Node node)
    {
        var chain = new List<Node>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { node.Id };
        for (var current = node; current.ParentId is { } p && Node(p) is { } parent && seen.Add(parent.Id); current = parent)
            chain.Insert(0, parent);
        return chain;
    }

    public IEnumerable<Node> Descendants(Node node)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<Node>(Children(node.Id).Reverse());
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (!seen.Add(n.Id)) continue;
            yield return n;
            foreach (var c in Children(n.Id).Reverse()) stack.Push(c);
        }
    }

    /// <summary>Every node in reading order: each top-level node followed by its subtree, then
    /// the unplaced ones.</summary>
    public IEnumerable<Node> InReadingOrder() =>
        _roots.SelectMany(r => Descendants(r).Prepend(r)).Concat(_unplaced.SelectMany(u => Descendants(u).Prepend(u)));
}
