namespace Reform.Site.Rendering.Views;

internal sealed record RelatedPlanView(TextView Name, TextView? Relation, TextView? Period);
