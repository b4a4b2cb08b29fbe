using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Resolves one node of one plan into what its page shows in one language.</summary>
public sealed class NodeViewBuilder(Plan plan, IReadOnlyDictionary<string, Model.Theme> themes, string lang)
{
    /// <summary>Made when the first page is: the site planner makes a builder per plan and language
    /// each time it lists the pages, and most listings render nothing.</summary>
    private readonly Lazy<PlanCardView> _card = new(() => PlanCardBuilder.Build(plan, lang));

    public NodeView Build(Node node, Node? previous, Node? next)
    {
        var index = plan.Index;
        var children = index.Children(node.Id);
        return new NodeView(
            _card.Value,
            node.Id,
            node.Number,
            TextView.From(node.Title, lang),
            LevelName(node.Level),
            index.Ancestors(node).Select(Link).ToList(),
            plan.Index.DepartmentLinksOf(node.Id)
                .Select(d => index.Department(d.DepartmentId) is { } dept ? new DepartmentView(TextView.From(dept.Name, lang), TextView.FromOptional(dept.Bureau, lang), d.Role) : null)
                .OfType<DepartmentView>().ToList(),
            node.Tags.Select(t => plan.Tags.FirstOrDefault(x => x.Id == t)).OfType<Tag>().Select(t => TextView.From(t.Name, lang)).ToList(),
            node.Themes.Select(t => themes.GetValueOrDefault(t)).OfType<Model.Theme>()
                .Select(t => new LinkView(TextView.From(t.Name, lang), SitePaths.Topic(lang, t.Id))).ToList(),
            node.Continued,
            node.EndedFiscalYear,
            RatingTableBuilder.Build(plan, node, lang),
            FigureBuilder.Tallies(plan, node.Id, lang),
            FigureBuilder.Effects(plan, node.Id, lang),
            Kpis(node),
            ScheduleBuilder.Build(plan, node, lang),
            TextSectionBuilder.Build(plan, plan.Index.TextsOf(node.Id).ToList(), lang),
            children.Select(Link).ToList(),
            children.Count > 0 ? LevelName(children[0].Level) : null,
            previous is null ? null : Link(previous),
            next is null ? null : Link(next),
            node.ParentId is null && node.Level > 1,
            children.Count > 0 ? DistributionBuilder.Tables(plan, children, node, includeTotal: true, lang) : [],
            children.Count > 0 ? EffectComparisonBuilder.Build(plan, children, node.Id, lang) : []);
    }

    private LinkView Link(Node n) => new(TextView.From(n.Title, lang), SitePaths.Node(lang, plan.Key, n.Id), n.Number, LevelName(n.Level));

    private TextView? LevelName(int depth) => plan.LevelAt(depth) is { } l ? TextView.From(l.Name, lang) : null;

    private IReadOnlyList<KpiView> Kpis(Node node) =>
        plan.Index.KpisOf(node.Id).Select(k => new KpiView(
            TextView.From(k.Name, lang), TextView.FromOptional(k.Unit, lang), k.Baseline, k.BaselineFiscalYear, k.Target, k.TargetFiscalYear,
            plan.Index.ValuesOf(k.Id).OrderBy(v => v.FiscalYear)
                .Select(v => new KpiValueView(v.FiscalYear, v.Kind == EffectKind.Planned ? "planned" : "actual", v.Value, TextView.FromOptional(v.Note, lang))).ToList()))
        .ToList();
}
