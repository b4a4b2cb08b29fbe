using System.Globalization;

namespace Reform.Site.Cli;

/// <summary>The language of <c>--help</c>: Japanese or English, one at a time. <c>--lang ja|en</c>
/// on the command line decides; without it, the program follows the system's language (LANG
/// or LC_ALL on Linux and macOS, the display language on Windows, where staff do not set LANG),
/// so a Japanese PC shows Japanese help with nothing to configure. One language rather than both
/// side by side: help is a two-column table, and two languages per line would double its length
/// and break its alignment. The tests run the app in-process and get English unless they pass
/// <c>--lang ja</c>.</summary>
internal static class HelpText
{
    [ThreadStatic]
    private static bool Japanese;

    /// <summary>The text in the language help is being built in.</summary>
    public static string Say(string en, string ja) => Japanese ? ja : en;

    /// <summary>Builds the command tree with help in the language <paramref name="argv"/> asks for
    /// (<c>--lang ja</c>, <c>--lang=ja</c>), else in <paramref name="fallbackJapanese"/>.</summary>
    public static T In<T>(string[] argv, bool fallbackJapanese, Func<T> build)
    {
        var previous = Japanese;
        Japanese = Requested(argv) ?? fallbackJapanese;
        try
        {
            return build();
        }
        finally
        {
            Japanese = previous;
        }
    }

    /// <summary>The language --lang asks for on <paramref name="argv"/>: true for ja, false for en, null without it.</summary>
    public static bool? Requested(string[] argv)
    {
        for (var i = 0; i < argv.Length; i++)
        {
            var value = argv[i] == "--lang" && i + 1 < argv.Length ? argv[i + 1] : argv[i].StartsWith("--lang=", StringComparison.Ordinal) ? argv[i][7..] : null;
            if (value is "ja") return true;
            if (value is "en") return false;
        }
        return null;
    }

    /// <summary>Whether the system's language is Japanese (what <see cref="CultureInfo.CurrentUICulture"/>
    /// reads from LANG, LC_ALL or Windows' display language).</summary>
    public static bool SystemIsJapanese() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";
}
