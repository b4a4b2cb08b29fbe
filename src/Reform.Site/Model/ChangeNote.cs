namespace Reform.Site.Model;

/// <summary>A change to the plan's data after it was first published, as the staff who made it
/// explain it to readers (「令和3年度の総合評価を報告書の正誤表に合わせて訂正しました。」): dated, in
/// both languages, about the data only. The changes page shows these notes, not the repository's
/// commits; the comparison of the data's versions stays beneath them as the evidence.</summary>
internal sealed record ChangeNote(string Date, LocalizedText Note)
{
    /// <summary>The notes, newest first, each with its anchor on the changes page
    /// (<see cref="SitePaths.ChangeNoteAnchor"/>: the day, and the place among that day's notes).</summary>
    public static IReadOnlyList<(ChangeNote Note, string Anchor)> Anchored(IEnumerable<ChangeNote> notes) =>
        notes.OrderByDescending(n => n.Date, StringComparer.Ordinal).GroupBy(n => n.Date, StringComparer.Ordinal)
            .SelectMany(day => day.Select((note, i) => (note, SitePaths.ChangeNoteAnchor(note.Date, i)))).ToList();
}
