using System.Globalization;

namespace Reform.Site.Model;

/// <summary>A rating scale defined by the plan: ordinal levels or a numeric range.</summary>
internal sealed record RatingScale(string Id, ScaleKind Kind, IReadOnlyList<ScaleLevel> Levels, decimal? Min, decimal? Max, int Decimals)
{
    /// <summary>The most decimals a numeric scale may have: decimal rounding takes at most 28,
    /// and no published score has more than two.</summary>
    public const int MaxDecimals = 6;

    /// <summary>Finds a level by code or by its printed symbol (full- or half-width).</summary>
    public ScaleLevel? Level(string value)
    {
        var lookup = Lookups.GetValue(this, s => new LevelLookup(s.Levels));
        return lookup.Find(value);
    }

    /// <summary>Level lookups per scale, made once: normalizing every symbol on every call showed
    /// in the profile. Kept outside the record so they play no part in its equality.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RatingScale, LevelLookup> Lookups = new();

    /// <summary>The first level, in scale order, whose code or symbol is the value, or whose
    /// symbol is the value in NFKC form.</summary>
    private sealed class LevelLookup
    {
        private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _normalized = new(StringComparer.Ordinal);
        private readonly IReadOnlyList<ScaleLevel> _levels;

        public LevelLookup(IReadOnlyList<ScaleLevel> levels)
        {
            _levels = levels;
            for (var i = 0; i < levels.Count; i++)
            {
                _exact.TryAdd(levels[i].Code, i);
                _exact.TryAdd(levels[i].Symbol, i);
                _normalized.TryAdd(levels[i].Symbol.Normalize(System.Text.NormalizationForm.FormKC), i);
            }
        }

        public ScaleLevel? Find(string value)
        {
            var exact = _exact.TryGetValue(value, out var e) ? e : int.MaxValue;
            var form = System.Text.Ascii.IsValid(value) ? value : value.Normalize(System.Text.NormalizationForm.FormKC); // ASCII is its own NFKC form
            var normalized = _normalized.TryGetValue(form, out var n) ? n : int.MaxValue;
            var index = Math.Min(exact, normalized);
            return index == int.MaxValue ? null : _levels[index];
        }
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
