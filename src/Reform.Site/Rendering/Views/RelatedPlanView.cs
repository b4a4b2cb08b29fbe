namespace Reform.Site.Rendering.Views;

public sealed record RelatedPlanView(TextView Name, TextView? Relation, TextView? Period);
