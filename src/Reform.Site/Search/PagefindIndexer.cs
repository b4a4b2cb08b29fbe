using System.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Search;

/// <summary>Runs Pagefind over a finished (staged) site. Pagefind reads each page's
/// <c>html lang</c> and writes one index per language into <c>pagefind/</c>.</summary>
internal sealed class PagefindIndexer(string binary)
{
    public const string OutputFolder = SitePaths.SearchIndexFolder;

    /// <returns>null on success, otherwise Pagefind's own explanation.</returns>
    public string? Index(string siteRoot, string outputPath)
    {
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--site", siteRoot, "--output-path", outputPath, "--quiet" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"pagefind exited with {process.ExitCode}: {stderr}{stdout.Result}".Trim();
    }
}
