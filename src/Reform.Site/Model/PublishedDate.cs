using System.Globalization;

namespace Reform.Site.Model;

/// <summary>A publication date as precise as the report gives it: YYYY, YYYY-MM or YYYY-MM-DD,
/// or <see cref="Unknown"/> when the document prints no date (many web pages do not).</summary>
internal static class PublishedDate
{
    /// <summary>The value for a document that prints no date: never a guessed one.</summary>
    public const string Unknown = "unknown";

    private static readonly string[] Formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    public static bool IsValid(string value) => value == Unknown || IsDate(value);

    public static bool IsDate(string value) =>
        DateTime.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
