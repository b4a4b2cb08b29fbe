using System.Collections.Concurrent;
using Scriban.Runtime;

namespace Reform.Site.Rendering;

/// <summary>The functions templates call: <c>t</c> (UI string), <c>fy</c>, <c>fy_short</c>,
/// <c>amount</c>, <c>num</c> and <c>url</c>. One instance per page render, carrying its language
/// and its own path (for relative links). Missing UI strings are recorded, not guessed.</summary>
public static class TemplateFunctions
{
    public static ScriptObject For(ThemeStrings strings, string pagePath, ConcurrentBag<string> missingKeys)
    {
        var formats = new Formats(strings);
        var functions = new ScriptObject();
        functions.Import("t", new Func<string, string>(key =>
        {
            if (strings.Get(key) is { } value) return value;
            missingKeys.Add($"{strings.Lang}: {key}");
            return key;
        }));
        functions.Import("fy", new Func<int, string>(formats.FiscalYear));
        functions.Import("fy_short", new Func<int, string>(formats.FiscalYearShort));
        functions.Import("amount", new Func<decimal, string, string>(formats.Amount));
        functions.Import("num", new Func<decimal, string>(Formats.Number));
        functions.Import("bytes", new Func<long, string>(Formats.Bytes));
        // Full-width letters and digits (ＲＰＡ, ２０２１) in their half-width form, for search.
        functions.Import("nfkc", new Func<string, string>(s => s.Normalize(System.Text.NormalizationForm.FormKC)));
        functions.Import("url", new Func<string, string>(path => SiteLinks.Relative(pagePath, path)));
        return functions;
    }
}
