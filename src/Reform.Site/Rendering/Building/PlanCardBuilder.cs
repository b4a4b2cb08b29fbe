using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

internal static class PlanCardBuilder
{
    public static PlanCardView Build(Plan plan, Language lang)
    {
        var m = plan.Metadata;
        return new PlanCardView
        {
            Key = plan.Key,
            Path = SitePaths.Plan(lang, plan.Key),
            MunicipalityCode = plan.Municipality.Code,
            Municipality = TextView.From(plan.Municipality.Name, lang),
            Prefecture = TextView.FromOptional(plan.Municipality.Prefecture, lang),
            Title = TextView.From(m.Title, lang),
            ReportTitle = TextView.From(m.ReportTitle, lang),
            PeriodFrom = m.Period.From,
            PeriodTo = m.Period.To,
            PeriodOriginalTo = m.Period.OriginalTo,
            ListedItems = m.ReportItems is { } items ? plan.Nodes.Count(n => n.Level == items.Level) : null,
            ReportItems = m.ReportItems?.Count,
            ReportedFiscalYear = m.ReportedFiscalYear,
            Publisher = TextView.From(m.Publisher, lang),
            Published = m.Published,
            PublishedKnown = PublishedDate.IsDate(m.Published),
            PublishedApproximate = m.PublishedApproximate,
            SourceTitle = TextView.From(m.Source.Title, lang),
            SourceUrl = string.IsNullOrEmpty(m.Source.Url) ? null : m.Source.Url,
            SourceRetrieved = m.Source.Retrieved,
            OtherSources = SourceViewBuilder.All(plan, lang),
            NodeCount = plan.Nodes.Count,
            DepartmentCount = plan.Departments.Count,
        };
    }
}
