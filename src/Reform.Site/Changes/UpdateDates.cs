using Reform.Site.Model;

namespace Reform.Site.Changes;

/// <summary>The day each plan's data was last updated, shown on every page ("last updated", as
/// GOV.UK and Open SDG show it): the last commit that changed the plan's folder, from the data's
/// git history, or the newest of the staff's change notes when that is later (or when the data is
/// not in git). A page that belongs to no plan shows the newest day of all. Without either, no day
/// is shown rather than one invented (the build's own clock never is: the same input gives the
/// same bytes).</summary>
internal sealed record UpdateDates(IReadOnlyDictionary<string, string> Plans, string? Site)
{
    public static UpdateDates None { get; } = new(new Dictionary<string, string>(), null);

    /// <summary>The days git knows, before the data is read: they are part of the build's inputs
    /// (a plan committed without a change to its files still gets its new day).</summary>
    public static UpdateDates FromGit(string dataDir)
    {
        if (GitRevisions.TopLevel(dataDir) is not { } repo) return None;
        var relative = Path.GetRelativePath(repo, Path.GetFullPath(dataDir)).Replace('\\', '/');
        var (plans, shared) = GitRevisions.LastChanged(repo, relative);
        return new UpdateDates(plans, plans.Values.Append(shared).Max(StringComparer.Ordinal));
    }

    /// <summary>These days with the plans' change notes: each plan gets the later of the two.</summary>
    public UpdateDates WithNotes(DataSet data)
    {
        var plans = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var plan in data.Plans)
        {
            var note = plan.Metadata.ChangeNotes.Select(n => n.Date).Max(StringComparer.Ordinal);
            var git = Plans.GetValueOrDefault(plan.Key);
            if (new[] { git, note }.Max(StringComparer.Ordinal) is { } day) plans[plan.Key] = day;
        }
        return new UpdateDates(plans, plans.Values.Append(Site).Max(StringComparer.Ordinal));
    }

    /// <summary>The day to show on a page of <paramref name="planKey"/> (null: a site-wide page).</summary>
    public string? For(string? planKey) => planKey is null ? Site : Plans.GetValueOrDefault(planKey);
}
