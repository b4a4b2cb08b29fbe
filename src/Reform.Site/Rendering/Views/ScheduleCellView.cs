namespace Reform.Site.Rendering.Views;

internal sealed record ScheduleCellView(TextView? Entry, string? Status);
