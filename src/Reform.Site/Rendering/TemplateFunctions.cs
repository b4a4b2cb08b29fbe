using Reform.Site.Localization;
using Scriban.Runtime;
using static Reform.Site.Rendering.TemplateFunction;

namespace Reform.Site.Rendering;

/// <summary>The functions templates call: <c>t</c> (UI string), <c>fy</c>, <c>fy_short</c>,
/// <c>amount</c>, <c>num</c>, <c>bytes</c>, <c>nfkc</c> and <c>url</c>, and the site's paths
/// (<c>paths</c>, <see cref="PathFunctions"/>) for <c>url</c> to link. Made once and shared by
/// every page: each call reads the page's language and path from its <see cref="PageContext"/>.
/// Missing UI strings are recorded, not guessed.</summary>
internal static class TemplateFunctions
{
    public static ScriptObject Shared { get; } = Create();

    private static ScriptObject Create()
    {
        var functions = new ScriptObject
        {
            ["t"] = new TemplateFunction(1, (c, n, a) =>
            {
                var key = Arg<string>(c, n, a, 0);
                if (c.Strings.Get(key) is { } value) return value;
                c.MissingKeys.Add(new MissingUiString(c.Strings.Lang, key));
                return key;
            }),
            ["fy"] = new TemplateFunction(1, (c, n, a) => c.Formats.FiscalYear(Arg<int>(c, n, a, 0))),
            ["date"] = new TemplateFunction(1, (c, n, a) => c.Formats.Date(Arg<string>(c, n, a, 0))),
            ["fy_short"] = new TemplateFunction(1, (c, n, a) => c.Formats.FiscalYearShort(Arg<int>(c, n, a, 0))),
            ["amount"] = new TemplateFunction(2, (c, n, a) => c.Formats.Amount(Arg<decimal>(c, n, a, 0), Arg<string>(c, n, a, 1))),
            // The number alone, in a table whose caption gives the unit once.
            ["amount_number"] = new TemplateFunction(2, (c, n, a) => c.Formats.AmountNumber(Arg<decimal>(c, n, a, 0), Arg<string>(c, n, a, 1))),
            // An amount at a glance in the language's one rule (約7.27億円 / about ¥727 million); `amount` is exact.
            ["money"] = new TemplateFunction(3, (c, n, a) => c.Formats.Yen(new Model.Money(Arg<decimal>(c, n, a, 0), Arg<string>(c, n, a, 1)).Yen, Arg<bool>(c, n, a, 2))),
            ["num"] = new TemplateFunction(1, (c, n, a) => Formats.Number(Arg<decimal>(c, n, a, 0))),
            ["bytes"] = new TemplateFunction(1, (c, n, a) => Formats.Bytes(Arg<long>(c, n, a, 0))),
            // Full-width letters and digits (ＲＰＡ, ２０２１) in their half-width form, for search.
            ["nfkc"] = new TemplateFunction(1, (c, n, a) => Arg<string>(c, n, a, 0).Normalize(System.Text.NormalizationForm.FormKC)),
            ["url"] = new TemplateFunction(1, (c, n, a) => c.Link(Arg<string>(c, n, a, 0))),
            ["paths"] = PathFunctions.Create(),
        };
        functions.IsReadOnly = true;
        return functions;
    }
}
