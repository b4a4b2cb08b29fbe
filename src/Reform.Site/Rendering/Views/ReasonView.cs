namespace Reform.Site.Rendering.Views;

internal sealed record ReasonView(TextView Assessment, int FiscalYear, TextView Text);
