using System.Text.RegularExpressions;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Rendering;

/// <summary>Templates link a page by asking <c>paths</c> (SitePaths) or by a path the view
/// carries, never by building or spelling one: a path put together in a template drifts from
/// where the planner writes the page, and nothing else would notice.</summary>
public sealed partial class ThemeLinksTests
{
    [Fact]
    public void No_template_builds_or_spells_a_path_it_links()
    {
        var found = 0;
        var wrong = new List<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Theme, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            foreach (Match tag in Tag().Matches(text))
            {
                var code = tag.Groups[1].Value;
                if (!UrlCall().IsMatch(code)) continue;
                found++;
                if (code.Contains('+') || code.Contains("string.append", StringComparison.Ordinal) || UrlOfLiteral().IsMatch(code))
                {
                    var line = text[..tag.Index].Count(c => c == '\n') + 1;
                    wrong.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{line}: {tag.Value}");
                }
            }
        }
        Assert.True(found > 20, $"only {found} links found: has the url function been renamed?");
        Assert.True(wrong.Count == 0, "Links whose path the template makes (ask paths.…, e.g. url (paths.topics page.lang)):\n" + string.Join("\n", wrong));
    }

    [GeneratedRegex(@"\{\{(.*?)\}\}", RegexOptions.Singleline)]
    private static partial Regex Tag();

    /// <summary>The url function, not a member such as <c>page.canonical_url</c>.</summary>
    [GeneratedRegex(@"(?<![\w.])url\b")]
    private static partial Regex UrlCall();

    [GeneratedRegex(@"(?<![\w.])url\s+""")]
    private static partial Regex UrlOfLiteral();
}
