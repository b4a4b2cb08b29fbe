namespace Reform.Site.Tests.Browser;

/// <summary>One page of every page type the site has, for the browser-level gates.</summary>
public static class PageTypes
{
    public static readonly IReadOnlyList<string> Paths =
    [
        "",
        "404.html",
        "{lang}/",
        "{lang}/about/",
        "{lang}/search/",
        "{lang}/downloads/",
        "{lang}/themes/",
        "{lang}/by-rating/",
        "{lang}/themes/digital/",
        "{lang}/themes/digital/page/2/",
        "{lang}/plans/041009-sendai-keiei-plan/",
        "{lang}/plans/041009-sendai-keiei-plan/p1/",
        "{lang}/plans/142140-isehara-gyozaisei-6/",
        "{lang}/plans/142140-isehara-gyozaisei-6/sewerage-fees/",
        "{lang}/plans/042153-osaki-shuchu-kaikaku-5/no19/",
        "{lang}/plans/072028-aizuwakamatsu-gyozaisei-kaikaku/a1-r1-c5/",
        "{lang}/plans/012131-tomakomai-gyosei-sokaku/",
        "{lang}/plans/012131-tomakomai-gyosei-sokaku/t12/",
        "{lang}/plans/012131-tomakomai-gyosei-sokaku/p02/",
        "{lang}/plans/012131-tomakomai-gyosei-sokaku/downloads/",
        "{lang}/plans/012131-tomakomai-gyosei-sokaku/ratings/",
        "{lang}/plans/012131-tomakomai-gyosei-sokaku/ratings/self-overall/2/c/",
        "{lang}/plans/012131-tomakomai-gyosei-sokaku/departments/",
        "{lang}/plans/012131-tomakomai-gyosei-sokaku/departments/administrative-management-office/",
        "{lang}/tomakomai-opinion/",
        "{lang}/accessibility-results/",
    ];

    public static IEnumerable<string> InBothLanguages() =>
        Paths.SelectMany(p => p.Contains("{lang}") ? new[] { p.Replace("{lang}", "ja"), p.Replace("{lang}", "en") } : [p]).Distinct();
}
