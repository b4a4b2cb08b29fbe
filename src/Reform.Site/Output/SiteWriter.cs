namespace Reform.Site.Output;

/// <summary>Writes a finished site so that readers of the output folder never see half of it:
/// everything goes to a sibling staging folder first, which then replaces the old output with
/// two renames. If anything fails before the swap, the old output is untouched.</summary>
public static class SiteWriter
{
    /// <param name="beforeSwap">Runs on the complete staging folder before it replaces the old
    /// output (e.g. the search indexer); throwing cancels the swap.</param>
    public static void Write(string outputDir, IEnumerable<OutputFile> files, Action<string>? beforeSwap = null)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = $"{target}.staging-{Environment.ProcessId}";
        var retired = $"{target}.old-{Environment.ProcessId}";
        DeleteIfExists(staging);
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
            beforeSwap?.Invoke(staging);
            DeleteIfExists(retired);
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
        }
        catch
        {
            // Put the old site back if the swap got halfway, then drop the staging copy.
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            DeleteIfExists(staging);
            throw;
        }
        DeleteIfExists(retired);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
