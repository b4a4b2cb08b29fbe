using System.Globalization;

namespace Reform.Site.Model;

/// <summary>A rating scale defined by the plan: ordinal levels or a numeric range.</summary>
public sealed record RatingScale(string Id, ScaleKind Kind, IReadOnlyList<ScaleLevel> Levels, decimal? Min, decimal? Max, int Decimals)
{
    /// <summary>Finds a level by code or by its printed symbol (full- or half-width).</summary>
    public ScaleLevel? Level(string value)
    {
        var normalized = value.Normalize(System.Text.NormalizationForm.FormKC);
        return Levels.FirstOrDefault(l => l.Code == value || l.Symbol == value
            || l.Symbol.Normalize(System.Text.NormalizationForm.FormKC) == normalized);
    }

    /// <summary>Parses a numeric rating, or null when it is not a number in range with the
    /// scale's number of decimals.</summary>
    public decimal? Number(string value)
    {
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return null;
        if (n < Min || n > Max || decimal.Round(n, Decimals) != n) return null;
        return n;
    }

    public string Describe() => Kind == ScaleKind.Ordinal
        ? string.Join(", ", Levels.Select(l => l.Code == l.Symbol ? l.Code : $"{l.Code} ({l.Symbol})"))
        : $"{Min?.ToString(CultureInfo.InvariantCulture)}–{Max?.ToString(CultureInfo.InvariantCulture)}" + (Decimals > 0 ? $" ({Decimals} decimal)" : "");
}
