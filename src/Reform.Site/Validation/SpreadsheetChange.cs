namespace Reform.Site.Validation;

/// <summary>What a spreadsheet does to a code typed into a cell formatted General: <c>001</c>
/// becomes the number 1, and <c>(1)</c>, accountants' notation for a negative number, becomes
/// -1. A value that matches a known code only after such a change is most likely that code.</summary>
internal static class SpreadsheetChange
{
    /// <summary>The value of <paramref name="known"/> that a spreadsheet would have turned into
    /// <paramref name="value"/>, or null.</summary>
    public static string? Original(string value, IEnumerable<string> known)
    {
        if (!LooksNumeric(value)) return null;
        foreach (var candidate in known)
            if (candidate != value && Changed(candidate) == value) return candidate;
        return null;
    }

    /// <summary>The code <paramref name="value"/> would have been, judged from the other values of
    /// its column: zero-padded to the width they all share (1 where the others are 002, 003 →
    /// 001), or in brackets where the others are written so (-3 where the others are (1), (2) →
    /// (3)). Null when the column gives no such reason.</summary>
    public static string? FromColumn(string value, IReadOnlyCollection<string> column)
    {
        if (value.Length > 1 && value[0] == '-' && value[1..].All(char.IsAsciiDigit)
            && column.Any(v => v.Length > 2 && v[0] == '(' && v[^1] == ')' && v[1..^1].All(char.IsAsciiDigit)))
            return "(" + value[1..] + ")";
        if (value.Length > 0 && value.All(char.IsAsciiDigit))
        {
            var widths = column.Where(v => v.Length > 1 && v[0] == '0' && v.All(char.IsAsciiDigit)).Select(v => v.Length).Distinct().ToList();
            if (widths is [var width] && value.Length < width) return value.PadLeft(width, '0');
        }
        return null;
    }

    private static bool LooksNumeric(string value) =>
        value.Length > 0 && (value[0] == '-' ? value.Length > 1 && value[1..].All(char.IsAsciiDigit) : value.All(char.IsAsciiDigit));

    /// <summary>What a General cell makes of <paramref name="code"/>, or null when it keeps it.</summary>
    private static string? Changed(string code)
    {
        if (code.Length > 2 && code[0] == '(' && code[^1] == ')' && code[1..^1].All(char.IsAsciiDigit))
            return "-" + code[1..^1].TrimStart('0').PadLeft(1, '0');
        if (code.Length > 1 && code[0] == '0' && code.All(char.IsAsciiDigit)) return code.TrimStart('0').PadLeft(1, '0');
        return null;
    }

    /// <summary>The known value nearest to <paramref name="value"/> by edit distance, when it is
    /// near enough to be a likely misspelling (at most a third of the letters differ).</summary>
    public static string? Nearest(string value, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known.Order(StringComparer.Ordinal))
        {
            var d = Distance(value, candidate);
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        return best is not null && bestDistance <= Math.Max(2, Math.Max(value.Length, best.Length) / 3) ? best : null;
    }

    /// <summary>Levenshtein distance, case-insensitive (a capital typed by mistake is one slip, not none).</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>The known values as a message lists them: sorted, at most <paramref name="max"/>.</summary>
    public static string List(IEnumerable<string> known, int max = 30)
    {
        var all = known.Order(StringComparer.Ordinal).ToList();
        return all.Count <= max ? string.Join(", ", all) : string.Join(", ", all.Take(max)) + $", … (+{all.Count - max})";
    }
}
