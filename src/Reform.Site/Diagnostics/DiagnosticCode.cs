using System.Globalization;

namespace Reform.Site.Diagnostics;

/// <summary>A diagnostic's stable code, printed as <c>RS302</c>. Rules name it through
/// <see cref="Codes"/>, so a misspelt code does not compile; the catalogue
/// (<c>diagnostics.json</c>) holds its severity and wording.</summary>
internal readonly record struct DiagnosticCode : IComparable<DiagnosticCode>
{
    private const string Prefix = "RS";

    /// <summary>Only <see cref="Codes"/> declares codes; text (the catalogue, the validation cache)
    /// is read with <see cref="Parse"/>.</summary>
    internal DiagnosticCode(int number) => Number = number;

    public int Number { get; }

    /// <summary>A code as printed (<c>RS302</c>); throws on anything else, so a damaged cache
    /// entry or catalogue key is refused rather than kept as a code nothing declares.</summary>
    public static DiagnosticCode Parse(string text) =>
        text.Length == 5 && text.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 100
            ? new DiagnosticCode(number)
            : throw new FormatException($"\"{text}\" is not a diagnostic code (RS and three digits)");

    public int CompareTo(DiagnosticCode other) => Number.CompareTo(other.Number);

    public override string ToString() => Prefix + Number.ToString(CultureInfo.InvariantCulture);
}
