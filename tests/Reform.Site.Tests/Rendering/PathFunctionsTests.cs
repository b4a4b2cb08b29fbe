using System.Collections.Concurrent;
using Reform.Site.Rendering;
using Scriban;
using Scriban.Runtime;

namespace Reform.Site.Tests.Rendering;

/// <summary>The templates pass a language to <c>paths.*</c> as its code (<c>page.lang</c>); the
/// functions read it as the language, and refuse any other string.</summary>
public sealed class PathFunctionsTests
{
    private static string Render(string template)
    {
        var context = new PageContext(new Scriban.Functions.BuiltinFunctions(), new ConcurrentBag<MissingUiString>()) { StrictVariables = true };
        context.PushGlobal(TemplateFunctions.Shared);
        context.PushGlobal(new ScriptObject { ["page"] = new ScriptObject { ["lang"] = "en" } });
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void A_language_code_from_the_page_makes_the_path_in_that_language()
    {
        Assert.Equal("en/plans/x/p1/", Render("{{ paths.node page.lang \"x\" \"p1\" }}"));
        Assert.Equal("ja/themes/digital/", Render("{{ paths.topic \"ja\" \"digital\" }}"));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("JA")]
    [InlineData("")]
    public void Any_other_string_is_an_error_in_the_template(string code)
    {
        var error = Assert.Throws<Scriban.Syntax.ScriptRuntimeException>(() => Render($"{{{{ paths.home \"{code}\" }}}}"));
        Assert.Contains($"\"{code}\" is not a language of the site", error.Message, StringComparison.Ordinal);
    }
}
