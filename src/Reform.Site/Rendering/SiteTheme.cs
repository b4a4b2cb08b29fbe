using Reform.Site.Diagnostics;
using Reform.Site.Localization;
using Scriban;

namespace Reform.Site.Rendering;

/// <summary>A theme folder, loaded once: parsed Scriban layouts and partials, the UI strings of
/// each language, and the static assets. Immutable after loading, so pages render in parallel.</summary>
internal sealed class SiteTheme
{
    private SiteTheme(string root, IReadOnlyDictionary<string, Template> templates, IReadOnlyDictionary<Language, ThemeStrings> strings)
    {
        Root = root;
        Templates = templates;
        Strings = strings;
    }

    public string Root { get; }

    /// <summary>Templates by path relative to the theme (<c>layouts/node.html</c>).</summary>
    public IReadOnlyDictionary<string, Template> Templates { get; }

    public IReadOnlyDictionary<Language, ThemeStrings> Strings { get; }

    public string StaticRoot => Path.Combine(Root, "static");

    /// <summary>This theme with the site's settings in its strings: <c>site.title</c> is the site's
    /// name and <c>site.operator</c> its operator, so every template and download that names the
    /// site says what the city's site.yml says.</summary>
    public SiteTheme WithSite(Content.SiteConfig site) => new(Root, Templates, Strings.ToDictionary(
        s => s.Key,
        s => s.Value.With(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.title"] = site.Name.For(s.Key),
            ["site.operator"] = site.Operator.For(s.Key),
            ["site.license_name"] = site.License?.Name.For(s.Key) ?? "",
        })));

    /// <summary>Loads and parses everything; template syntax errors are reported with their file,
    /// line and column rather than thrown.</summary>
    public static SiteTheme? Load(string root, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(root))
        {
            diagnostics.Add(Codes.MissingThemeFile, new SourceLocation(root), value: root);
            return null;
        }
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var inline = InlinePartials(root);
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.html").Order(StringComparer.Ordinal))
            {
                var relative = $"{folder}/{Path.GetFileName(file)}";
                var template = Template.Parse(Inline(File.ReadAllText(file), inline), relative);
                foreach (var m in template.Messages)
                    diagnostics.Add(Codes.TemplateSyntaxError, new SourceLocation($"theme/{relative}", m.Span.Start.Line + 1), value: m.Message);
                templates[relative] = template;
            }
        }
        var strings = new Dictionary<Language, ThemeStrings>();
        foreach (var lang in Language.All)
        {
            var path = Path.Combine(root, "i18n", lang.Code + ".json");
            if (File.Exists(path)) strings[lang] = ThemeStrings.Load(path, lang);
            else diagnostics.Add(Codes.MissingThemeFile, new SourceLocation($"theme/i18n/{lang}.json"), value: path);
        }
        return new SiteTheme(root, templates, strings);
    }

    /// <summary>Partials that are one expression long (partials/text.html) are pasted into the
    /// templates that include them when the theme is loaded: Scriban renders each include into a
    /// string of its own, and profiling showed includes as a large part of the rendering time
    /// (docs/performance.md); the templates on disk keep the readable include.</summary>
    private static IReadOnlyDictionary<string, string> InlinePartials(string root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var dir = Path.Combine(root, "partials");
        if (!Directory.Exists(dir)) return result;
        foreach (var file in Directory.GetFiles(dir, "*.html"))
        {
            var body = File.ReadAllText(file);
            if (!body.Contains('\n') && body.Contains("$1", StringComparison.Ordinal) && !body.Contains("$2", StringComparison.Ordinal) && !body.Contains("for ", StringComparison.Ordinal))
                result[Path.GetFileNameWithoutExtension(file)] = body;
        }
        return result;
    }

    private static string Inline(string template, IReadOnlyDictionary<string, string> partials)
    {
        foreach (var (name, body) in partials)
            template = System.Text.RegularExpressions.Regex.Replace(template, "\\{\\{ include \"" + name + "\" (.+?) \\}\\}",
                m => body.Replace("$1", "(" + m.Groups[1].Value + ")", StringComparison.Ordinal));
        return template;
    }
}
