using System.Globalization;

namespace Reform.Site.Model;

/// <summary>A publication date as precise as the report gives it: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
internal static class PublishedDate
{
    private static readonly string[] Formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    public static bool IsValid(string value) =>
        DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
