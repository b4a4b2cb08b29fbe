namespace Reform.Site.Rendering.Views;

public sealed record DownloadFileView(string Path, TextView Title, string Format, long Size, int? Rows);
