using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

public static class PlanCardBuilder
{
    public static PlanCardView Build(Plan plan, string lang)
    {
        var m = plan.Metadata;
        return new PlanCardView(
            plan.Key,
            SitePaths.Plan(lang, plan.Key),
            plan.Municipality.Code,
            TextView.From(plan.Municipality.Name, lang),
            TextView.FromOptional(plan.Municipality.Prefecture, lang),
            TextView.From(m.Title, lang),
            TextView.From(m.ReportTitle, lang),
            m.Period.From,
            m.Period.To,
            m.ReportedFiscalYear,
            TextView.From(m.Publisher, lang),
            m.Published,
            TextView.From(m.Source.Title, lang),
            string.IsNullOrEmpty(m.Source.Url) ? null : m.Source.Url,
            plan.Nodes.Count,
            plan.Departments.Count);
    }
}
