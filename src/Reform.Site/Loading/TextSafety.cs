using System.Buffers;
using System.Globalization;

namespace Reform.Site.Loading;

/// <summary>Finds characters that no published text may carry: C0 and C1 control characters
/// (except tab, line feed and carriage return), DEL, Unicode non-characters (U+FDD0–U+FDEF and
/// every U+xxFFFE/U+xxFFFF) and unpaired surrogates. They are invisible in an editor, they make
/// XML (the XLSX download, the feeds, the sitemap) not well-formed, and a NUL ends a string in
/// many of the tools that read the downloads.</summary>
internal static class TextSafety
{
    private static readonly SearchValues<char> Suspect = SearchValues.Create(BuildSuspects());

    /// <returns>The index of the first forbidden character, or -1.</returns>
    public static int IndexOfForbidden(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (true)
        {
            var i = text[offset..].IndexOfAny(Suspect);
            if (i < 0) return -1;
            i += offset;
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return i;
                // A supplementary non-character: U+1FFFE, U+1FFFF, … U+10FFFF.
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE) return i;
                offset = i + 2;
                continue;
            }
            return i;
        }
    }

    /// <summary>How a forbidden character is named in a message: its code point, since the
    /// character itself is invisible or breaks the report.</summary>
    public static string Describe(ReadOnlySpan<char> text, int index) =>
        "U+" + (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index]).ToString("X4", CultureInfo.InvariantCulture);

    private static char[] BuildSuspects()
    {
        var list = new List<char>();
        for (var c = 0; c < 0x20; c++)
            if (c is not ('\t' or '\n' or '\r')) list.Add((char)c);
        for (var c = 0x7F; c <= 0x9F; c++) list.Add((char)c);
        for (var c = 0xFDD0; c <= 0xFDEF; c++) list.Add((char)c);
        list.Add('\uFFFE');
        list.Add('\uFFFF');
        // Every surrogate is looked at: a high one to check its pair and the scalar it makes,
        // a low one here is unpaired (a paired one is skipped with its high surrogate).
        for (var c = 0xD800; c <= 0xDFFF; c++) list.Add((char)c);
        return [.. list];
    }
}
