using System.Text.RegularExpressions;

namespace Reform.Site.Model;

/// <summary>IDs become URL segments, file names and folder names, so they are restricted to safe
/// slugs: lower-case ASCII letters and digits with single hyphens between them, at most 64
/// characters, and none of the names Windows reserves for devices (a folder named <c>con</c> or
/// <c>nul</c> cannot be checked out there, and staff edit on Windows).</summary>
internal static partial class Ids
{
    public const int MaxLength = 64;

    public static bool IsSlug(string value) => value.Length <= MaxLength && SlugPattern().IsMatch(value) && !IsWindowsReserved(value);

    /// <summary>CON, PRN, AUX, NUL, COM0–9 and LPT0–9, which Windows treats as devices (a slug has
    /// no dot, so the whole slug is compared).</summary>
    public static bool IsWindowsReserved(string value) => WindowsReservedPattern().IsMatch(value);

    // \z, not $: $ also matches before a final line break, and "p1\n" would pass.
    [GeneratedRegex(@"\A[a-z0-9]+(-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"\A(con|prn|aux|nul|com[0-9]|lpt[0-9])\z", RegexOptions.CultureInvariant)]
    private static partial Regex WindowsReservedPattern();
}
