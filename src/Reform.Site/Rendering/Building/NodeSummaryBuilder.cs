using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>One-line summaries of nodes for lists across pages.</summary>
internal static class NodeSummaryBuilder
{
    public static NodeSummaryView Build(Plan plan, Node node, Language lang, string? role = null)
    {
        var rating = HeadlineRating(plan, node);
        var scale = rating is null ? null : plan.ScaleOf(rating.AssessmentId);
        var level = rating is null ? null : scale?.Level(rating.Value);
        return new NodeSummaryView(
            new LinkView(TextView.From(node.Title, lang), SitePaths.Node(lang, plan.Key, node.Id), node.Number),
            plan.LevelAt(node.Level) is { } l ? TextView.From(l.Name, lang) : null,
            DepartmentNames(plan, node, lang),
            level?.Symbol ?? rating?.Value,
            level is null ? null : LevelMeaning.Of(plan, scale!, level, lang),
            rating is null ? null : TextView.From(plan.Assessment(rating.AssessmentId)!.Name, lang),
            role);
    }

    /// <summary>The names of the departments responsible for the node, as lists show them.</summary>
    public static IReadOnlyList<TextView> DepartmentNames(Plan plan, Node node, Language lang) =>
        plan.Index.DepartmentLinksOf(node.Id).Select(d => plan.Index.Department(d.DepartmentId)).OfType<Department>()
            .Select(d => TextView.From(d.Name, lang)).ToList();

    /// <summary>The site's topics the node is marked with, linked to their pages.</summary>
    public static IReadOnlyList<LinkView> TopicLinks(Node node, IReadOnlyDictionary<string, Model.Topic> topics, Language lang) =>
        node.Topics.Select(t => topics.GetValueOrDefault(t)).OfType<Model.Topic>()
            .Select(t => new LinkView(TextView.From(t.Name, lang), SitePaths.Topic(lang, t.Id))).ToList();

    /// <summary>The node's latest rating as a list shows it: its symbol (level meaning aside), or null.</summary>
    public static (string Symbol, TextView? Meaning)? Headline(Plan plan, Node node, Language lang)
    {
        if (HeadlineRating(plan, node) is not { } rating || plan.ScaleOf(rating.AssessmentId) is not { } scale) return null;
        return scale.Level(rating.Value) is { } level ? (level.Symbol, LevelMeaning.Of(plan, scale, level, lang)) : (rating.Value, null);
    }

    /// <summary>The node's rating on the first ordinal assessment, latest year first; a year's
    /// rating, not one over several years or as of a date during a year.</summary>
    public static Rating? HeadlineRating(Plan plan, Node node)
    {
        var ordinal = plan.Assessments.Where(a => plan.Scale(a.ScaleId)?.Kind == ScaleKind.Ordinal).Select(a => a.Id).ToList();
        return plan.Index.RatingsOf(node.Id)
            .Where(r => ordinal.Contains(r.AssessmentId) && !r.IsApart)
            .OrderByDescending(r => r.FiscalYear).ThenBy(r => ordinal.IndexOf(r.AssessmentId))
            .FirstOrDefault();
    }
}
