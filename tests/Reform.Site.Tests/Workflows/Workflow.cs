using YamlDotNet.RepresentationModel;

namespace Reform.Site.Tests.Workflows;

/// <summary>A GitHub Actions workflow file read with YamlDotNet: its triggers, and its jobs' steps
/// with the raw line each <c>uses:</c> is on (the version comment after a pinned SHA is only in
/// the text).</summary>
internal sealed class Workflow
{
    private Workflow(string name, string text, YamlMappingNode root)
    {
        Name = name;
        Text = text;
        Root = root;
    }

    public string Name { get; }

    public string Text { get; }

    internal YamlMappingNode Root { get; }

    public static Workflow Parse(string name, string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new Workflow(name, text, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public override string ToString() => Name;

    /// <summary>The triggers: <c>on:</c> as a mapping of event to its settings (null when the event has none).</summary>
    internal IReadOnlyDictionary<string, YamlNode?> Triggers =>
        Root.Children[new YamlScalarNode("on")] switch
        {
            YamlMappingNode map => map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => c.Value is YamlScalarNode { Value: null or "" } ? null : (YamlNode?)c.Value),
            YamlSequenceNode list => list.Children.ToDictionary(c => ((YamlScalarNode)c).Value!, _ => (YamlNode?)null),
            YamlScalarNode one => new Dictionary<string, YamlNode?> { [one.Value!] = null },
            _ => throw new InvalidOperationException("on: is neither a mapping, a list nor one event"),
        };

    public IReadOnlyList<WorkflowStep> Steps =>
        [.. ((YamlMappingNode)Root.Children[new YamlScalarNode("jobs")]).Children
            .SelectMany(job => ((YamlSequenceNode)((YamlMappingNode)job.Value).Children[new YamlScalarNode("steps")]).Children
                .Select(s => new WorkflowStep(((YamlScalarNode)job.Key).Value!, (YamlMappingNode)s, Text.Split('\n')[((int)s.Start.Line - 1)..]))) ];

    /// <summary>One step of a job.</summary>
    public sealed class WorkflowStep
    {
        private readonly YamlMappingNode _node;

        internal WorkflowStep(string job, YamlMappingNode node, string[] linesFromHere)
        {
            Job = job;
            _node = node;
            UsesLine = Uses is null ? null : linesFromHere.First(l => l.Contains("uses:", StringComparison.Ordinal));
        }

        public string Job { get; }

        public string? Id => Scalar("id");

        public string? Name => Scalar("name");

        public string? Uses => Scalar("uses");

        /// <summary>The text of the line with <c>uses:</c>, comment included.</summary>
        public string? UsesLine { get; }

        public string? Run => Scalar("run");

        public string? If => Scalar("if");

        public bool ContinueOnError => Scalar("continue-on-error") == "true";

        public IReadOnlyDictionary<string, string> Env => Map("env");

        public IReadOnlyDictionary<string, string> With => Map("with");

        public override string ToString() => Name ?? Id ?? Uses ?? Run ?? "?";

        private string? Scalar(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;

        private Dictionary<string, string> Map(string key) =>
            _node.Children.TryGetValue(new YamlScalarNode(key), out var v)
                ? ((YamlMappingNode)v).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? "")
                : [];
    }
}
