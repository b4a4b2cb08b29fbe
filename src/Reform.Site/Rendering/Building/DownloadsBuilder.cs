using Reform.Site.Datasets;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>The downloads pages: one for everything, and one dataset page per plan.</summary>
internal static class DownloadsBuilder
{
    public static DownloadsView All(DataSet data, IReadOnlyList<DatasetFile> files, string baseUrl, Language lang, string? siteName = null)
    {
        var groups = new List<DownloadGroupView> { Group(null, files.Where(f => f.PlanKey is null).ToList(), lang) };
        groups.AddRange(data.Plans.Select(p => Group(p, files.Where(f => f.PlanKey == p.Key).ToList(), lang)));
        return new DownloadsView(null, groups, DatasetJsonLd.AllPlans(data.Plans, files, baseUrl, lang, siteName));
    }

    public static DownloadsView ForPlan(Plan plan, IReadOnlyList<DatasetFile> files, string baseUrl, Language lang, string? siteName = null)
    {
        var mine = files.Where(f => f.PlanKey == plan.Key).ToList();
        return new DownloadsView(PlanCardBuilder.Build(plan, lang), [Group(plan, mine, lang)],
            DatasetJsonLd.ForPlan(plan, mine, baseUrl, lang, siteName));
    }

    private static DownloadGroupView Group(Plan? plan, IReadOnlyList<DatasetFile> files, Language lang)
    {
        var license = Licenses.Of(plan?.Metadata.License ?? "PDL-1.0");
        return new DownloadGroupView(plan is null ? null : PlanCardBuilder.Build(plan, lang),
            files.Select(f => new DownloadFileView(f.Path, TextView.From(f.Title, lang), f.Format, f.Size, f.Rows)
            {
                Role = plan is null ? null : f.Table,
                Lang = plan is null ? null : Language.All.Where(l => f.Path == SitePaths.Download(SitePaths.PlanFlatTable(plan.Key, l))).Select(l => l.Code).FirstOrDefault(),
            }).ToList(),
            lang == Language.Ja ? license.TitleJa : license.TitleEn, license.Url);
    }
}
