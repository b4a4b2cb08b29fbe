using Reform.Site.Diagnostics;
using Reform.Site.Output;

namespace Reform.Site.Pipeline;

/// <summary>Where a build may write. A first build into a folder replaces the whole folder (the
/// staged site is swapped in), so the output must not be, or hold, the data, content or theme
/// (<c>--out .</c> would have deleted the repository), must not be inside them, and an existing
/// folder must be empty or one that reform-site built (it has the build manifest).</summary>
internal static class OutputFolderRule
{
    public static void Check(BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Full(options.OutputDir);
        foreach (var input in new[] { options.DataDir, options.ContentDir, options.ThemeDir }.Select(Full))
        {
            if (Contains(output, input) || Contains(input, output))
            {
                diagnostics.Add(Codes.OutputOverlapsInput, new SourceLocation("--out"), value: options.OutputDir, expected: input);
                return;
            }
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, BuildManifest.FileName)))
            diagnostics.Add(Codes.OutputFolderNotOurs, new SourceLocation("--out"), value: options.OutputDir);
        else if (File.Exists(output))
            diagnostics.Add(Codes.OutputFolderNotOurs, new SourceLocation("--out"), value: options.OutputDir);
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or below it.</summary>
    private static bool Contains(string outer, string inner) =>
        inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal) || outer == Path.GetPathRoot(outer) && inner.StartsWith(outer, StringComparison.Ordinal);
}
