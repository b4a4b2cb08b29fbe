namespace Reform.Site.Changes;

/// <summary>The differences in one plan, or the plan added or removed as a whole.</summary>
internal sealed record PlanChanges(string PlanKey, ChangeKind? PlanKind, IReadOnlyList<Change> Changes)
{
    public bool IsEmpty => PlanKind is null && Changes.Count == 0;
}
