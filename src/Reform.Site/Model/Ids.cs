using System.Text.RegularExpressions;

namespace Reform.Site.Model;

/// <summary>IDs become URL segments, so they are restricted to safe slugs.</summary>
public static partial class Ids
{
    public static bool IsSlug(string value) => value.Length <= 64 && SlugPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
