using Reform.Site.Changes;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

internal static class ChangesBuilder
{
    /// <summary>A page lists this many changes per publication; a wholesale re-transcription
    /// is summarised by its count.</summary>
    public const int MaxLines = 200;

    public static ChangesView Build(Plan plan, IReadOnlyList<ChangeHistory.Publication> history, Language lang) =>
        new(PlanCardBuilder.Build(plan, lang), Notes(plan, lang), history
            .Select(p => (p.Revision, changes: p.Plans.FirstOrDefault(c => c.PlanKey == plan.Key)))
            // The first publication of the plan is not a change to it.
            .Where(x => x.changes is not null && x.changes.PlanKind != ChangeKind.Added)
            .Select(x => new ChangeEntryView(x.Revision.Date,
                x.changes!.Changes.Take(MaxLines).Select(c => new ChangeLineView(
                    c.Kind.ToString().ToLowerInvariant(), c.Subject,
                    c.NodeId is { } id && plan.Index.Node(id) is { } node ? new LinkView(TextView.From(node.Title, lang), SitePaths.Node(lang, plan.Key, id), node.Number) : null,
                    c.Key, c.Old, c.New)).ToList(), x.changes.Changes.Count))
            .ToList());

    /// <summary>The plan's change notes, newest first, each with its anchor.</summary>
    public static IReadOnlyList<ChangeNoteView> Notes(Plan plan, Language lang) =>
        ChangeNote.Anchored(plan.Metadata.ChangeNotes).Select(x => new ChangeNoteView(x.Note.Date, x.Anchor, TextView.From(x.Note.Note, lang))).ToList();
}
