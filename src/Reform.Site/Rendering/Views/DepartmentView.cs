namespace Reform.Site.Rendering.Views;

internal sealed record DepartmentView(TextView Name, TextView? Bureau, string? Role);
