using System.Collections.Concurrent;
using Reform.Site.Rendering;
using Reform.Site.Rendering.Views;
using Scriban;
using Scriban.Runtime;

namespace Reform.Site.Tests.Rendering;

/// <summary>Templates read view records by their snake_case names, through the page context's
/// shared accessors, and a misspelt member is still an error.</summary>
public sealed class ViewAccessorTests
{
    private static string Render(string template, object model)
    {
        var context = new PageContext(new Scriban.Functions.BuiltinFunctions(), new ConcurrentBag<MissingUiString>())
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushGlobal(new ScriptObject { ["model"] = model });
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void Members_of_views_read_by_their_template_names_and_nested_views_too()
    {
        var link = new LinkView(new TextView("財政の健全化", Fallback: false, "ja"), "ja/plans/x/p1/", Number: "1");
        Assert.Equal("ja/plans/x/p1/|1|財政の健全化|false|ja|true",
            Render("{{ model.path }}|{{ model.number }}|{{ model.title.text }}|{{ model.title.fallback }}|{{ model.title.lang }}|{{ model.level == null }}", link));
        // The same view type read again (its accessor is shared by every page) gives the new values.
        Assert.Equal("en/plans/y/", Render("{{ model.path }}", link with { Path = "en/plans/y/" }));
    }

    [Fact]
    public void A_misspelt_member_is_an_error_not_an_empty_string()
    {
        var link = new LinkView(new TextView("Sound finances", false, "en"), "en/");
        var error = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render("{{ model.titel }}", link));
        Assert.Contains("titel", error.Message);
    }
}
