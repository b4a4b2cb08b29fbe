using Reform.Site.Tests.EndToEnd;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Validity;

/// <summary>Every HTML file of the shipped site passes the Nu Html Checker without errors.</summary>
public sealed class HtmlValidityTests(ShippedSiteTests.Site site) : IClassFixture<ShippedSiteTests.Site>
{
    [Fact]
    public void Every_page_of_the_site_is_valid_HTML()
    {
        var pages = Directory.GetFiles(site.Built.Root, "*.html", SearchOption.AllDirectories).Length;
        Assert.True(pages > 500, $"only {pages} pages");
        var errors = NuHtmlChecker.Errors(site.Built.Root);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
    }

    [Fact]
    public void The_checker_reports_invalid_HTML()
    {
        using var temp = new TempDir();
        var file = temp.Combine("bad.html");
        File.WriteAllText(file, "<!DOCTYPE html><html lang=\"ja\"><head><title>x</title></head><body><p><div>x</p></body></html>");
        Assert.NotEmpty(NuHtmlChecker.Errors(file));
    }
}
