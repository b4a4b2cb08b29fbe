namespace Reform.Site.Rendering.Views;

/// <summary>The downloads of one plan (or of all plans when Plan is null).</summary>
internal sealed record DownloadGroupView(PlanCardView? Plan, IReadOnlyList<DownloadFileView> Files, string? License, string? LicenseUrl);
