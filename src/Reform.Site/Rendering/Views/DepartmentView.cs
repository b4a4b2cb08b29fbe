namespace Reform.Site.Rendering.Views;

public sealed record DepartmentView(TextView Name, TextView? Bureau, string? Role);
