namespace Reform.Site.Rendering.Views;

/// <summary>A plan's changes page: the staff's dated notes on what changed and why, newest first,
/// and beneath them the comparison of each later version of the data with the one before.</summary>
internal sealed record ChangesView(PlanCardView Plan, IReadOnlyList<ChangeNoteView> Notes, IReadOnlyList<ChangeEntryView> Entries);

/// <summary>A change note with its anchor (<see cref="Model.SitePaths.ChangeNoteAnchor"/>).</summary>
internal sealed record ChangeNoteView(string Date, string Anchor, TextView Note);
