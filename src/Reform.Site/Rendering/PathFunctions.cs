using Reform.Site.Localization;
using Reform.Site.Model;
using Scriban.Runtime;
using Scriban.Syntax;
using static Reform.Site.Rendering.TemplateFunction;

namespace Reform.Site.Rendering;

/// <summary>The <c>paths</c> object of the templates: <see cref="SitePaths"/> under snake_case
/// names, so a template links a page as <c>{{ url (paths.topics page.lang) }}</c> instead of
/// spelling its path, and a link cannot drift from where the planner puts the page. Paths that
/// take no argument are plain strings (<c>paths.catalog</c>). A template passes a language as
/// its code (<c>page.lang</c>), so the functions parse it here, at the templates' edge.</summary>
internal static class PathFunctions
{
    public static ScriptObject Create()
    {
        var paths = new ScriptObject
        {
            ["home"] = new TemplateFunction(1, (c, n, a) => SitePaths.Home(Lang(c, n, a, 0))),
            ["content"] = new TemplateFunction(2, (c, n, a) => SitePaths.Content(Lang(c, n, a, 0), Arg<string>(c, n, a, 1))),
            ["search"] = new TemplateFunction(1, (c, n, a) => SitePaths.Search(Lang(c, n, a, 0))),
            ["downloads"] = new TemplateFunction(1, (c, n, a) => SitePaths.Downloads(Lang(c, n, a, 0))),
            ["accessibility_results"] = new TemplateFunction(1, (c, n, a) => SitePaths.AccessibilityResults(Lang(c, n, a, 0))),
            ["topics"] = new TemplateFunction(1, (c, n, a) => SitePaths.Topics(Lang(c, n, a, 0))),
            ["ratings"] = new TemplateFunction(1, (c, n, a) => SitePaths.Ratings(Lang(c, n, a, 0))),
            ["topic"] = new TemplateFunction(2, (c, n, a) => SitePaths.Topic(Lang(c, n, a, 0), Arg<string>(c, n, a, 1))),
            ["plan"] = new TemplateFunction(2, (c, n, a) => SitePaths.Plan(Lang(c, n, a, 0), Arg<string>(c, n, a, 1))),
            ["node"] = new TemplateFunction(3, (c, n, a) => SitePaths.Node(Lang(c, n, a, 0), Arg<string>(c, n, a, 1), Arg<string>(c, n, a, 2))),
            ["plan_departments"] = new TemplateFunction(2, (c, n, a) => SitePaths.PlanDepartments(Lang(c, n, a, 0), Arg<string>(c, n, a, 1))),
            ["plan_department"] = new TemplateFunction(3, (c, n, a) => SitePaths.PlanDepartment(Lang(c, n, a, 0), Arg<string>(c, n, a, 1), Arg<string>(c, n, a, 2))),
            ["plan_downloads"] = new TemplateFunction(2, (c, n, a) => SitePaths.PlanDownloads(Lang(c, n, a, 0), Arg<string>(c, n, a, 1))),
            ["plan_ratings"] = new TemplateFunction(2, (c, n, a) => SitePaths.PlanRatings(Lang(c, n, a, 0), Arg<string>(c, n, a, 1))),
            ["plan_changes"] = new TemplateFunction(2, (c, n, a) => SitePaths.PlanChanges(Lang(c, n, a, 0), Arg<string>(c, n, a, 1))),
            ["feed"] = new TemplateFunction(1, (c, n, a) => SitePaths.Feed(Lang(c, n, a, 0))),
            ["changes_feed"] = new TemplateFunction(1, (c, n, a) => SitePaths.ChangesFeed(Lang(c, n, a, 0))),
            ["topic_table"] = new TemplateFunction(2, (c, n, a) => SitePaths.Download(SitePaths.TopicTable(Arg<string>(c, n, a, 1), Lang(c, n, a, 0)))),
            ["topic_workbook"] = new TemplateFunction(1, (c, n, a) => SitePaths.Download(SitePaths.TopicWorkbook(Arg<string>(c, n, a, 0)))),
            ["in_downloads"] = new TemplateFunction(1, (c, n, a) => SitePaths.InDownloads(Arg<string>(c, n, a, 0))),
            ["not_found"] = SitePaths.NotFound,
            ["catalog"] = SitePaths.Catalog,
            ["stylesheet"] = SitePaths.Stylesheet,
            ["favicon"] = SitePaths.Favicon,
            ["site_script"] = SitePaths.SiteScript,
            ["search_ui_script"] = SitePaths.SearchUiScript,
            ["search_ui_stylesheet"] = SitePaths.SearchUiStylesheet,
        };
        paths.IsReadOnly = true;
        return paths;
    }

    /// <summary>Argument <paramref name="index"/>, a language code, as the language; any other
    /// string is an error in the template.</summary>
    private static Language Lang(PageContext context, ScriptNode? caller, ScriptArray arguments, int index)
    {
        var code = Arg<string>(context, caller, arguments, index);
        return Language.TryParse(code, out var lang) ? lang : throw new ScriptRuntimeException(caller?.Span ?? default, $"\"{code}\" is not a language of the site (ja, en)");
    }
}
