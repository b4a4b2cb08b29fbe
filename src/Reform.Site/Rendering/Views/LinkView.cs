namespace Reform.Site.Rendering.Views;

/// <summary>A link to a page of the site; <see cref="Path"/> is a site path for <c>url</c>.</summary>
internal sealed record LinkView(TextView Title, string Path, string? Number = null, TextView? Level = null);
