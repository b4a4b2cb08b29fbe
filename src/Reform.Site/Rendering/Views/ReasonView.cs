namespace Reform.Site.Rendering.Views;

internal sealed record ReasonView(TextView Assessment, RatingColumnView Period, TextView Text);
