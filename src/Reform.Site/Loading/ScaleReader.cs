using System.Text.Json;
using System.Text.RegularExpressions;
using Reform.Site.Model;

namespace Reform.Site.Loading;

/// <summary>Reads one rating scale of plan.json.</summary>
internal static partial class ScaleReader
{
    public static RatingScale? Read(JsonElement e, string path, JsonFields j)
    {
        var id = j.Slug(e, path, "id");
        var code = j.String(e, path, "kind");
        if (id is null || code is null) return null;
        var kind = ScaleKinds.Parse(code);
        if (kind == ScaleKind.Numeric)
        {
            var min = j.Decimal(e, path, "min");
            var max = j.Decimal(e, path, "max");
            if (min is null || max is null) j.Report(path + "min", "A numeric scale needs min and max.", "数値の尺度には min と max が要ります。");
            return new RatingScale(id, ScaleKind.Numeric, [], min, max, j.Int(e, path, "decimals", required: false, minimum: 0, maximum: RatingScale.MaxDecimals) ?? 0);
        }
        if (kind != ScaleKind.Ordinal)
        {
            j.Report(path + "kind", "Use \"ordinal\" or \"numeric\".", "\"ordinal\" か \"numeric\" と書いてください。");
            return null;
        }
        var levels = j.Array(e, path, "levels", required: true).Select(level => ReadLevel(level.Element, level.Path, j)).OfType<ScaleLevel>().ToList();
        return new RatingScale(id, ScaleKind.Ordinal, levels, null, null, 0);
    }

    private static ScaleLevel? ReadLevel(JsonElement e, string path, JsonFields j)
    {
        var code = j.String(e, path, "code");
        if (code is not null && !CodePattern().IsMatch(code))
        {
            j.Report(path + "code", "Use ASCII letters, digits and hyphens.", "半角の英字・数字・ハイフンだけで書いてください。");
            return null;
        }
        var symbol = j.String(e, path, "symbol");
        var order = j.Int(e, path, "order");
        var label = j.Text(e, path, "label");
        return code is null || symbol is null || order is null || label is null ? null : new ScaleLevel(code, symbol, order.Value, label);
    }

    [GeneratedRegex("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
