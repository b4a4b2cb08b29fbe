using System.Collections.Concurrent;
using Reform.Site.Localization;
using Reform.Site.Model;
using Scriban;
using Scriban.Runtime;

namespace Reform.Site.Rendering;

/// <summary>Renders a page: its layout to a body, then <c>layouts/base.html</c> around it. A
/// fresh TemplateContext per page keeps rendering thread-safe; parsed templates are shared.</summary>
internal sealed class PageRenderer(SiteTheme theme, SiteSettings settings) : IDisposable
{
    private readonly ConcurrentBag<MissingUiString> _missingKeys = [];

    /// <summary>Scriban's built-in functions (html.escape, string.replace, …), built once: making
    /// them for every context showed in the profile. Only read while rendering.</summary>
    private static readonly Scriban.Functions.BuiltinFunctions Builtins = new();

    private readonly IReadOnlyDictionary<Language, Formats> _formats = theme.Strings.ToDictionary(s => s.Key, s => new Formats(s.Value));

    private readonly IReadOnlyList<KeyValuePair<string, Template>> _partials =
        theme.Templates.Where(t => t.Key.StartsWith("partials/", StringComparison.Ordinal)).ToList();

    /// <summary>UI string keys that templates asked for but the theme lacks.</summary>
    public IReadOnlyList<MissingUiString> MissingKeys =>
        _missingKeys.Distinct().OrderBy(m => m.Lang.Code, StringComparer.Ordinal).ThenBy(m => m.Key, StringComparer.Ordinal).ToList();

    /// <summary>One context per rendering thread, reused page after page: making two fresh
    /// Scriban contexts per page (each with its caches and stacks) showed in the allocation
    /// profile. Only the page's own globals are pushed and popped.</summary>
    private readonly ThreadLocal<PageContext> _contexts = new(() => null!);

    public void Dispose() => _contexts.Dispose();

    public string Render(PageSpec page)
    {
        var linkRoot = page.Links == LinkStyle.RootRelative ? SitePaths.RootPath(settings.BaseUrl) : null;
        var globals = new ScriptObject
        {
            ["page"] = PageInfo(page, linkRoot),
            ["model"] = page.Model(),
            ["site"] = settings,
        };
        var context = _contexts.Value ??= NewContext();
        context.StartPage(theme.Strings[page.Lang], _formats[page.Lang], page.Path, linkRoot);
        context.PushGlobal(globals);
        try
        {
            var body = theme.Templates[$"layouts/{page.Layout}.html"].Render(context);
            globals["content"] = body;
            return theme.Templates["layouts/base.html"].Render(context);
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private PageContext NewContext()
    {
        var context = new PageContext(Builtins, _missingKeys)
        {
            TemplateLoader = new ThemeTemplateLoader(theme),
            // A misspelt variable or member in a theme is an error (RS115 with the template's line),
            // not an empty string on the page; optional parts are guarded with `if` in the theme.
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 1_000_000,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        foreach (var (path, template) in _partials)
            context.CachedTemplates[path] = template;
        context.PushGlobal(TemplateFunctions.Shared);
        return context;
    }

    /// <summary>The <c>page</c> object of the templates. The templates get the languages as
    /// their codes (<c>page.lang</c> is "ja"), the strings they write into <c>lang</c>
    /// attributes and pass to <c>paths.*</c>.</summary>
    private ScriptObject PageInfo(PageSpec page, string? linkRoot)
    {
        var contact = page.PlanKey is { } planKey ? settings.PlanContacts.GetValueOrDefault(planKey) : null;
        return new()
        {
            ["lang"] = page.Lang.Code,
            ["other_lang"] = page.Lang.Other.Code,
            ["title"] = page.Title,
            ["path"] = page.Path,
            ["root"] = linkRoot ?? SitePaths.RootPrefix(page.Path),
            ["alternate_url"] = page.AlternatePath is { } alt ? LinkFrom(page, linkRoot, alt) : null,
            ["canonical_url"] = SitePaths.Absolute(settings.BaseUrl, page.Path),
            ["alternate_canonical_url"] = page.AlternatePath is { } a ? SitePaths.Absolute(settings.BaseUrl, a) : null,
            ["layout"] = page.Layout,
            ["updated"] = settings.Updated.For(page.PlanKey),
            ["plan_changes_url"] = page.PlanKey is { } key ? LinkFrom(page, linkRoot, SitePaths.PlanChanges(page.Lang, key)) : null,
            ["contact_name"] = contact?.Name.For(page.Lang),
            ["contact_url"] = contact?.Url,
        };
    }

    private static string LinkFrom(PageSpec page, string? linkRoot, string sitePath) =>
        linkRoot is null ? SitePaths.Relative(page.Path, sitePath) : linkRoot + sitePath;
}
