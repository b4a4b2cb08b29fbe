using System.Collections.Concurrent;
using Reform.Site.Localization;
using Scriban;

namespace Reform.Site.Rendering;

/// <summary>The Scriban context a rendering thread renders its pages with. It carries what the
/// template functions need about the current page: its language strings and formats, its own
/// path (for relative links), and where to record UI string keys the theme lacks. The functions
/// themselves are shared by every page.</summary>
internal sealed class PageContext(Scriban.Runtime.ScriptObject builtins, ConcurrentBag<MissingUiString> missingKeys) : TemplateContext(builtins)
{
    public ThemeStrings Strings { get; private set; } = null!;

    public Formats Formats { get; private set; } = null!;

    public string PagePath { get; private set; } = "";

    /// <summary>The root path links start from on a <see cref="LinkStyle.RootRelative"/> page
    /// (<c>/reform/</c>); null on pages that link relative to themselves.</summary>
    public string? LinkRoot { get; private set; }

    /// <summary>The link from this page to <paramref name="sitePath"/>.</summary>
    public string Link(string sitePath) => LinkRoot is { } root ? root + sitePath : Model.SitePaths.Relative(PagePath, sitePath);

    public ConcurrentBag<MissingUiString> MissingKeys { get; } = missingKeys;

    /// <summary>Points the context at the next page.</summary>
    public void StartPage(ThemeStrings strings, Formats formats, string pagePath, string? linkRoot)
    {
        Strings = strings;
        Formats = formats;
        PagePath = pagePath;
        LinkRoot = linkRoot;
    }

    /// <summary>Member accessors of the view records, shared by every page. Scriban caches an
    /// accessor per context and builds it by reflection; per page, that reflection (and the
    /// invoke stubs .NET emits and later finalizes) was a large share of the profile. A view's
    /// accessor depends only on its type and the member renamer, which all pages share. It reads
    /// members through bound getters (<see cref="ViewAccessor"/>), not reflection.</summary>
    private static readonly ConcurrentDictionary<Type, Scriban.Runtime.IObjectAccessor> ViewAccessors = new();

    protected override Scriban.Runtime.IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (type.Assembly != typeof(PageContext).Assembly) return base.GetMemberAccessorImpl(target);
        if (ViewAccessors.TryGetValue(type, out var accessor)) return accessor;
        return base.GetMemberAccessorImpl(target) is { } made ? ViewAccessors.GetOrAdd(type, ViewAccessor.For(type, made, this, target)) : null;
    }
}
