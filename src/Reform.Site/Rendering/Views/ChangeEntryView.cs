using Reform.Site.Rendering.Building;

namespace Reform.Site.Rendering.Views;

/// <summary>One later version of the data, compared with the one before: the day it was
/// published and what changed in the plan. The evidence under the staff's notes; the
/// repository's commits (hashes, subjects) are for staff and never shown.</summary>
/// <remarks>At most <see cref="ChangesBuilder.MaxLines"/> lines are shown; <see cref="Total"/> counts them all.</remarks>
internal sealed record ChangeEntryView(string Date, IReadOnlyList<ChangeLineView> Lines, int Total)
{
    public int Hidden => Total - Lines.Count;
}
