namespace Reform.Site.Rendering.Views;

public sealed record ReasonView(TextView Assessment, int FiscalYear, TextView Text);
