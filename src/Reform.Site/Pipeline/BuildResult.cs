using Reform.Site.Diagnostics;

namespace Reform.Site.Pipeline;

/// <summary>What a build did: the problems found and, if it wrote the site, how much.</summary>
/// <remarks><see cref="Succeeded"/>: the output is the site of these inputs. <see cref="UpToDate"/>:
/// it already was, nothing was done. <see cref="Written"/>: files whose bytes changed.
/// <see cref="Stages"/>: how long each stage that ran took, in order; <see cref="FailedStage"/>:
/// the one that stopped a failed build.</remarks>
internal sealed record BuildResult
{
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public required bool Succeeded { get; init; }

    public bool UpToDate { get; init; }

    public int PlanCount { get; init; }

    public int PageCount { get; init; }

    public int FileCount { get; init; }

    public long Bytes { get; init; }

    public int Written { get; init; }

    public IReadOnlyList<StageTiming> Stages { get; init; } = [];

    public string? FailedStage { get; init; }

    /// <summary>Nothing was written: the previous output, if any, is as it was.</summary>
    public static BuildResult Failed(IReadOnlyList<Diagnostic> diagnostics, int plans = 0, int pages = 0) =>
        new() { Diagnostics = diagnostics, Succeeded = false, PlanCount = plans, PageCount = pages };

    /// <summary>The output already was the site of these inputs, with <paramref name="files"/> files.</summary>
    public static BuildResult AlreadyUpToDate(int files) =>
        new() { Diagnostics = [], Succeeded = true, UpToDate = true, FileCount = files };

    /// <summary>The site was written: <paramref name="files"/> files of <paramref name="bytes"/>
    /// bytes, <paramref name="written"/> of them with new bytes.</summary>
    public static BuildResult Built(IReadOnlyList<Diagnostic> diagnostics, int plans, int pages, int files, long bytes, int written) =>
        new() { Diagnostics = diagnostics, Succeeded = true, PlanCount = plans, PageCount = pages, FileCount = files, Bytes = bytes, Written = written };
}
