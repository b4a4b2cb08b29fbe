using Reform.Site.Diagnostics;

namespace Reform.Site.Pipeline;

/// <summary>What a build did: the problems found and, if it wrote the site, how much.</summary>
/// <remarks><see cref="Succeeded"/>: the output is the site of these inputs. <see cref="UpToDate"/>:
/// it already was, nothing was done. <see cref="Written"/>: files whose bytes changed.</remarks>
internal sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PlanCount, int PageCount, int FileCount, long Bytes, bool Succeeded)
{
    public bool UpToDate { get; init; }

    public int Written { get; init; }
}
