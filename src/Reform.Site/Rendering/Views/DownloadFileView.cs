namespace Reform.Site.Rendering.Views;

/// <summary>A file on a downloads page. <see cref="Role"/> is set for a plan's own files: under the
/// plan's heading the theme names the file by what it holds (「計画の体系（nodes.csv）」) rather
/// than repeating the plan's name on every row; <see cref="Lang"/> is the language of a flat table.</summary>
internal sealed record DownloadFileView(string Path, TextView Title, string Format, long Size, int? Rows)
{
    public string? Role { get; init; }

    public string Name => System.IO.Path.GetFileName(Path);

    public string? Lang { get; init; }
}
