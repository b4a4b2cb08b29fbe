using Reform.Site.Localization;

namespace Reform.Site.Model;

/// <summary>A human text in Japanese and, when translated, English. Japanese is the
/// original; English falls back to it, and the site marks the fallback.</summary>
internal sealed record LocalizedText(string Ja, string? En)
{
    public string For(Language lang) => lang == Language.En && !string.IsNullOrEmpty(En) ? En : Ja;

    /// <summary>True when a reader of <paramref name="lang"/> is shown the Japanese instead.</summary>
    public bool IsFallback(Language lang) => lang == Language.En && string.IsNullOrEmpty(En);

    public static LocalizedText Of(string ja, string? en = null) => new(ja, en);
}
