using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Rendering;

public sealed class DesignTokensTests
{
    [Fact]
    public void The_theme_carries_the_locked_version_of_the_Digital_Agency_design_tokens()
    {
        var package = NodeModules.Package("@digital-go-jp/design-tokens");
        var upstream = File.ReadAllText(Path.Combine(package, "dist", "tokens.css"));
        var vendored = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "css", "10-tokens.css"));
        Assert.True(vendored.EndsWith(upstream, StringComparison.Ordinal), "theme/css/10-tokens.css is stale: run `npm run update-tokens`");
    }

    [Fact]
    public void The_site_stylesheet_is_built_on_the_tokens()
    {
        var site = File.ReadAllText(Path.Combine(RepoPaths.Root, "theme", "css", "20-site.css"));
        Assert.Contains("var(--color-primitive-blue-800)", site);
        Assert.Contains("var(--font-family-sans)", site);
    }
}
