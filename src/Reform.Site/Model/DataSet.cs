namespace Reform.Site.Model;

/// <summary>Everything under data/: the shared themes and every plan, in folder-name order.</summary>
internal sealed record DataSet(IReadOnlyList<Theme> Themes, IReadOnlyList<Plan> Plans);
