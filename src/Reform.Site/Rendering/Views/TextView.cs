using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Rendering.Views;

/// <summary>A text as a reader of one language gets it: the words, and whether they are the
/// Japanese shown in place of a missing translation (then <see cref="Lang"/> is "ja").
/// <see cref="Lang"/> is the language's code, for the template's <c>lang</c> attribute.</summary>
internal sealed record TextView(string Text, bool Fallback, string Lang)
{
    public static TextView From(LocalizedText text, Language lang) =>
        new(text.For(lang), text.IsFallback(lang), (text.IsFallback(lang) ? Language.Ja : lang).Code);

    public static TextView? FromOptional(LocalizedText? text, Language lang) => text is null ? null : From(text, lang);

    /// <summary>The text split into its lines, for paragraphs and bullet lists.</summary>
    public IReadOnlyList<string> Lines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
