namespace Reform.Site.Model;

/// <summary>Everything under data/: the shared topics and every plan, in folder-name order.</summary>
internal sealed record DataSet(IReadOnlyList<Topic> Topics, IReadOnlyList<Plan> Plans);
