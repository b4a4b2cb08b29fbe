using System.Text;
using Reform.Site.Diagnostics;

namespace Reform.Site.Loading;

/// <summary>Turns a file's bytes into text, accepting only UTF-8 (with or without the BOM that
/// Excel writes). Japanese Excel's default "CSV" is Shift_JIS; that is recognised and named,
/// because "invalid UTF-8" alone would not tell staff what to do.</summary>
internal static class TextFileDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextFileDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string? Decode(byte[] bytes, SourceLocation file, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            if (LooksLikeShiftJis(bytes))
                diagnostics.Add(Codes.ShiftJisEncoding, file);
            else
                diagnostics.Add(Codes.InvalidUtf8, file, line: LineOfFirstInvalidByte(bytes));
            return null;
        }
    }

    private static bool LooksLikeShiftJis(byte[] bytes)
    {
        var sjis = Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            var text = sjis.GetString(bytes);
            return text.Any(character => character is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int LineOfFirstInvalidByte(byte[] bytes)
    {
        var decoder = StrictUtf8.GetDecoder();
        var line = 1;
        var chars = new char[4];
        for (var i = 0; i < bytes.Length; i++)
        {
            try
            {
                decoder.GetChars(bytes, i, 1, chars, 0, flush: false);
            }
            catch (DecoderFallbackException)
            {
                return line;
            }
            if (bytes[i] == (byte)'\n') line++;
        }
        return line;
    }
}
