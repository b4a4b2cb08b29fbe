namespace Reform.Site.Output;

/// <summary>What committing a build wrote (<see cref="StagedOutput.Commit"/>): the files of the
/// site, those whose bytes changed, those removed, the site's size, and whether any page
/// changed.</summary>
internal sealed record WriteSummary(int Files, int Written, int Removed, long Bytes, bool PagesChanged);
