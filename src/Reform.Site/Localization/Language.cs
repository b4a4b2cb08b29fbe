using System.Diagnostics.CodeAnalysis;

namespace Reform.Site.Localization;

/// <summary>One of the site's two languages: Japanese, the original every text has, and English,
/// its translation. The library passes this rather than a string, so no page can be asked for in
/// "fr" or "JA"; the code (<c>ja</c>, <c>en</c>) appears only where it is written out: in paths
/// (<c>ja/plans/</c>, through <see cref="ToString"/>), in <c>lang</c> attributes, in file names
/// such as <c>i18n/ja.json</c>, and in the templates, which get it as a string.</summary>
/// <remarks><c>default(Language)</c> is Japanese, like <see cref="Ja"/>: a language left unset
/// reads as the original, never as null.</remarks>
internal readonly record struct Language
{
    // False for Japanese, so that the default value is Japanese.
    private readonly bool _english;

    private Language(bool english) => _english = english;

    public static readonly Language Ja = new(false);

    public static readonly Language En = new(true);

    /// <summary>Both languages, Japanese first: the order the site makes its pages and files in.</summary>
    public static readonly IReadOnlyList<Language> All = [Ja, En];

    /// <summary>The language's code, <c>ja</c> or <c>en</c> (BCP 47, as in <c>html lang</c>).</summary>
    public string Code => _english ? "en" : "ja";

    /// <summary>The language a page's alternate is in.</summary>
    public Language Other => _english ? Ja : En;

    /// <summary>The language of <paramref name="code"/>, exactly <c>ja</c> or <c>en</c>.</summary>
    /// <exception cref="FormatException">Any other code.</exception>
    public static Language Parse(string code) =>
        TryParse(code, out var language) ? language : throw new FormatException($"\"{code}\" is not a language of the site (ja, en)");

    public static bool TryParse([NotNullWhen(true)] string? code, out Language language)
    {
        language = code switch { "ja" => Ja, "en" => En, _ => default };
        return code is "ja" or "en";
    }

    /// <summary>The code, so that <c>$"{lang}/plans/"</c> is <c>ja/plans/</c>.</summary>
    public override string ToString() => Code;
}
