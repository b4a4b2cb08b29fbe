using Reform.Site.Rendering.Building;

namespace Reform.Site.Rendering.Views;

/// <summary>One publication (a commit of the data): when, why, and what changed in the plan.</summary>
/// <remarks>At most <see cref="ChangesBuilder.MaxLines"/> lines are shown; <see cref="Total"/> counts them all.</remarks>
internal sealed record ChangeEntryView(string Date, string Commit, string Subject, bool PlanAdded, IReadOnlyList<ChangeLineView> Lines, int Total)
{
    public int Hidden => Total - Lines.Count;
}
