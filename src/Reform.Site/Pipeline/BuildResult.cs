using Reform.Site.Diagnostics;

namespace Reform.Site.Pipeline;

/// <summary>What a build did: the problems found and, if it wrote the site, how much.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PlanCount, int PageCount, int FileCount, long Bytes, bool Written)
{
    public bool Succeeded => Written;
}
