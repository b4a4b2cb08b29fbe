namespace Reform.Site.Rendering.Views;

internal sealed record DownloadFileView(string Path, TextView Title, string Format, long Size, int? Rows);
