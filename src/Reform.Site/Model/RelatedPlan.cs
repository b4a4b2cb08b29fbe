namespace Reform.Site.Model;

/// <summary>Another plan this one relates to (計画体系).</summary>
internal sealed record RelatedPlan(LocalizedText Name, LocalizedText? Relation, LocalizedText? Period);
