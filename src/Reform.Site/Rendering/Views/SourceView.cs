namespace Reform.Site.Rendering.Views;

/// <summary>A publication some rows came from besides the plan's report (plan.sources): its
/// title, link when recorded, and date as printed (null when the document prints none).</summary>
internal sealed record SourceView(string Id, TextView Title, string? Url, string? Published);
