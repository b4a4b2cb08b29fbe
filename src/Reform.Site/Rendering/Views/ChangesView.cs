namespace Reform.Site.Rendering.Views;

/// <summary>A plan's change history ("changes in this publication" and earlier corrections).</summary>
internal sealed record ChangesView(PlanCardView Plan, IReadOnlyList<ChangeEntryView> Entries);
