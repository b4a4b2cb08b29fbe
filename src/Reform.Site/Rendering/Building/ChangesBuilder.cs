using Reform.Site.Changes;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

internal static class ChangesBuilder
{
    /// <summary>A page lists this many changes per publication; a wholesale re-transcription
    /// is summarised by its count (the full list is one `reform-site diff` away).</summary>
    public const int MaxLines = 200;

    public static ChangesView Build(Plan plan, IReadOnlyList<ChangeHistory.Publication> history, Language lang) =>
        new(PlanCardBuilder.Build(plan, lang), history
            .Select(p => (p.Revision, changes: p.Plans.FirstOrDefault(c => c.PlanKey == plan.Key)))
            .Where(x => x.changes is not null)
            .Select(x => new ChangeEntryView(x.Revision.Date, x.Revision.Commit[..7], x.Revision.Subject, x.changes!.PlanKind == ChangeKind.Added,
                x.changes.Changes.Take(MaxLines).Select(c => new ChangeLineView(
                    c.Kind.ToString().ToLowerInvariant(), c.Subject,
                    c.NodeId is { } id && plan.Index.Node(id) is { } node ? new LinkView(TextView.From(node.Title, lang), SitePaths.Node(lang, plan.Key, id), node.Number) : null,
                    c.Key, c.Old, c.New)).ToList(), x.changes.Changes.Count))
            .ToList());
}
