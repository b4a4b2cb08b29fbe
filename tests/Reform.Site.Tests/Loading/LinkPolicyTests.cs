using Reform.Site.Loading;

namespace Reform.Site.Tests.Loading;

public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("https://www.city.sendai.jp/report.pdf", true, LinkPolicy.Verdict.Allowed)]
    [InlineData("mailto:gyokaku@city.example.jp", true, LinkPolicy.Verdict.Allowed)]
    [InlineData("../about/", true, LinkPolicy.Verdict.Allowed)]
    [InlineData("images/chart.png", true, LinkPolicy.Verdict.Allowed)]
    [InlineData("images/chart.png", false, LinkPolicy.Verdict.NotAbsolute)]
    [InlineData(" JaVa\tScript:alert(1)", true, LinkPolicy.Verdict.SchemeRefused)]
    [InlineData("data:text/html,<b>x</b>", true, LinkPolicy.Verdict.SchemeRefused)]
    [InlineData("//tracker.example/pixel.png", true, LinkPolicy.Verdict.HostWithoutScheme)]
    [InlineData("\\\\tracker.example/pixel.png", true, LinkPolicy.Verdict.HostWithoutScheme)]
    [InlineData("/\\tracker.example/pixel.png", true, LinkPolicy.Verdict.HostWithoutScheme)]
    [InlineData(" //tracker.example/", true, LinkPolicy.Verdict.HostWithoutScheme)]
    [InlineData("//tracker.example/", false, LinkPolicy.Verdict.HostWithoutScheme)]
    [InlineData("https:///no-host", true, LinkPolicy.Verdict.Malformed)]
    public void A_link_is_judged_as_a_browser_would_read_it(string url, bool allowRelative, LinkPolicy.Verdict expected) =>
        Assert.Equal(expected, LinkPolicy.Check(url, allowRelative));
}
