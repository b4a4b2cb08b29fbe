using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Resolves one node of one plan into what its page shows in one language.</summary>
internal sealed class NodeViewBuilder(Plan plan, IReadOnlyDictionary<string, Model.Topic> topics, Language lang)
{
    /// <summary>Made when the first page is: the site planner makes a builder per plan and language
    /// each time it lists the pages, and most listings render nothing.</summary>
    private readonly Lazy<PlanCardView> _card = new(() => PlanCardBuilder.Build(plan, lang));

    public NodeView Build(Node node, Node? previous, Node? next)
    {
        var index = plan.Index;
        var children = index.Children(node.Id);
        var tallies = FigureBuilder.Tallies(plan, node.Id, lang);
        return new NodeView
        {
            Plan = _card.Value,
            Id = node.Id,
            Number = node.Number,
            Title = TextView.From(node.Title, lang),
            LevelName = LevelName(node.Level),
            Breadcrumbs = index.Ancestors(node).Select(Link).ToList(),
            Departments = plan.Index.DepartmentLinksOf(node.Id)
                .Select(d => index.Department(d.DepartmentId) is { } dept ? new DepartmentView(TextView.From(dept.Name, lang), TextView.FromOptional(dept.Bureau, lang), d.Role) : null)
                .OfType<DepartmentView>().ToList(),
            Tags = node.Tags.Select(t => plan.Tags.FirstOrDefault(x => x.Id == t)).OfType<Tag>().Select(t => TextView.From(t.Name, lang)).ToList(),
            Topics = NodeSummaryBuilder.TopicLinks(node, topics, lang),
            Continued = node.Continued,
            EndedFiscalYear = node.EndedFiscalYear,
            AddedFiscalYear = node.AddedFiscalYear,
            MergedInto = node.MergedInto is { } target && index.Node(target) is { } into ? Link(into) : null,
            MergedFrom = plan.Nodes.Where(n => n.MergedInto == node.Id).Select(Link).ToList(),
            Ratings = RatingTableBuilder.Build(plan, node, lang),
            Tallies = tallies.Where(t => !t.IsApart).ToList(),
            SpanTallies = tallies.Where(t => t.IsApart).ToList(),
            Effects = FigureBuilder.Effects(plan, node.Id, lang),
            Kpis = KpiViewBuilder.Build(plan, node.Id, lang),
            Schedule = ScheduleBuilder.Build(plan, node, lang),
            Texts = TextSectionBuilder.Build(plan, plan.Index.TextsOf(node.Id).ToList(), lang),
            Sources = SourceViewBuilder.Of(plan, node, lang),
            Children = children.Select(Link).ToList(),
            ChildLevelName = children.Count > 0 ? LevelName(children[0].Level) : null,
            Previous = previous is null ? null : Link(previous),
            Next = next is null ? null : Link(next),
            Unplaced = node.ParentId is null && node.Level > 1,
            Distributions = children.Count > 0 ? DistributionBuilder.Tables(plan, children, node, includeTotal: true, lang) : [],
            EffectComparisons = children.Count > 0 ? EffectComparisonBuilder.Build(plan, children, node.Id, lang) : [],
        };
    }

    private LinkView Link(Node n) => new(TextView.From(n.Title, lang), SitePaths.Node(lang, plan.Key, n.Id), n.Number, LevelName(n.Level));

    private TextView? LevelName(int depth) => plan.LevelAt(depth) is { } l ? TextView.From(l.Name, lang) : null;
}
