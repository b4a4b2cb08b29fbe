namespace Reform.Site.Loading;

/// <summary>A plan folder as read from disk, before it becomes the typed model.</summary>
internal sealed record RawPlan(string Key, string RelativeFolder, PlanFile? File, IReadOnlyDictionary<string, Table> Tables)
{
    public Table Table(string name) => Tables[name];
}
