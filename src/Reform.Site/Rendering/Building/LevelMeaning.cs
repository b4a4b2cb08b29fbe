using System.Text;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>What a scale level means, when its label says more than its symbol. Tomakomai labels
/// its grades 「総合評価Ａ」: shown beside the symbol that reads 「Ａ 総合評価Ａ」, "Overall grade: B
/// Overall grade B". A label that is only the symbol, or an assessment's name on this scale and
/// the symbol, is left out; 「計画どおり」 is kept.</summary>
internal static class LevelMeaning
{
    public static TextView? Of(Plan plan, RatingScale scale, ScaleLevel level, Language lang) =>
        Restates(plan, scale, level) ? null : TextView.From(level.Label, lang);

    private static bool Restates(Plan plan, RatingScale scale, ScaleLevel level)
    {
        var label = Normal(level.Label.Ja);
        var symbol = Normal(level.Symbol);
        if (symbol.Length == 0 || !label.EndsWith(symbol, StringComparison.Ordinal)) return false;
        var rest = label[..^symbol.Length].Trim();
        return rest.Length == 0 || plan.Assessments.Where(a => a.ScaleId == scale.Id).Any(a => Normal(a.Name.Ja) == rest);
    }

    private static string Normal(string text) => text.Normalize(NormalizationForm.FormKC).Trim();
}
