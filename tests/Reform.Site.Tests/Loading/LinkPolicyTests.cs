using Reform.Site.Loading;

namespace Reform.Site.Tests.Loading;

public sealed class LinkPolicyTests
{
    [Theory]
    [InlineData("https://www.city.sendai.jp/report.pdf", true, nameof(LinkPolicy.Verdict.Allowed))]
    [InlineData("mailto:gyokaku@city.example.jp", true, nameof(LinkPolicy.Verdict.Allowed))]
    [InlineData("../about/", true, nameof(LinkPolicy.Verdict.Allowed))]
    [InlineData("images/chart.png", true, nameof(LinkPolicy.Verdict.Allowed))]
    [InlineData("images/chart.png", false, nameof(LinkPolicy.Verdict.NotAbsolute))]
    [InlineData(" JaVa\tScript:alert(1)", true, nameof(LinkPolicy.Verdict.SchemeRefused))]
    [InlineData("data:text/html,<b>x</b>", true, nameof(LinkPolicy.Verdict.SchemeRefused))]
    [InlineData("//tracker.example/pixel.png", true, nameof(LinkPolicy.Verdict.HostWithoutScheme))]
    [InlineData("\\\\tracker.example/pixel.png", true, nameof(LinkPolicy.Verdict.HostWithoutScheme))]
    [InlineData("/\\tracker.example/pixel.png", true, nameof(LinkPolicy.Verdict.HostWithoutScheme))]
    [InlineData(" //tracker.example/", true, nameof(LinkPolicy.Verdict.HostWithoutScheme))]
    [InlineData("//tracker.example/", false, nameof(LinkPolicy.Verdict.HostWithoutScheme))]
    [InlineData("https:///no-host", true, nameof(LinkPolicy.Verdict.Malformed))]
    public void A_link_is_judged_as_a_browser_would_read_it(string url, bool allowRelative, string expectedName) =>
        Assert.Equal(Enum.Parse<LinkPolicy.Verdict>(expectedName), LinkPolicy.Check(url, allowRelative));
}
