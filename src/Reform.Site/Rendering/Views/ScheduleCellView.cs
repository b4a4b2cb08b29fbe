namespace Reform.Site.Rendering.Views;

public sealed record ScheduleCellView(TextView? Entry, string? Status);
