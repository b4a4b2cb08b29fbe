using System.Globalization;
using Reform.Site.Diagnostics;

namespace Reform.Site.Loading;

/// <summary>Decides which files and folders of the data and content folders may be read. A
/// symbolic link is never followed: it could lead outside the folder (a <c>texts.csv</c> linked to
/// a system file would have its lines quoted in a CI log), and git keeps links, so a pull
/// request can add one. A file larger than any real table is refused before it is read, so that
/// one file cannot run the build out of memory.</summary>
internal static class InputFiles
{
    /// <summary>The largest file read: several times a national data set's largest table
    /// (docs/performance.md), yet small enough that one file cannot run a build out of memory.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Whether <paramref name="entry"/> (shown as <paramref name="relative"/>) is a plain
    /// file or folder that may be read; a link or an oversized file is reported.</summary>
    public static bool MayRead(FileSystemInfo entry, string relative, DiagnosticBag diagnostics, long maxBytes = MaxBytes)
    {
        if (entry.LinkTarget is not null)
        {
            // The link's target is not named: it may itself be what should not be shown.
            diagnostics.Add(Codes.SymbolicLink, new SourceLocation(relative), value: relative);
            return false;
        }
        if (entry is FileInfo { Exists: true } file && file.Length > maxBytes)
        {
            diagnostics.Add(Codes.FileTooLarge, new SourceLocation(relative), value: relative,
                expected: (maxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB");
            return false;
        }
        return true;
    }

    public static bool MayReadFile(string path, string relative, DiagnosticBag diagnostics, long maxBytes = MaxBytes) => MayRead(new FileInfo(path), relative, diagnostics, maxBytes);

    public static bool MayReadFolder(string path, string relative, DiagnosticBag diagnostics) => MayRead(new DirectoryInfo(path), relative, diagnostics);

    /// <summary>Whether a file exists at <paramref name="path"/> as an entry of its own, whether
    /// or not a link (<see cref="File.Exists"/> follows links, and says no for a dangling one).</summary>
    public static bool Exists(string path) => new FileInfo(path) is var f && (f.Exists || f.LinkTarget is not null);
}
