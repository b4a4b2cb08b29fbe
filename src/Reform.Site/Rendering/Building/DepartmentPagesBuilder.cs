using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Per plan: a list of departments, and a page per department with its nodes.</summary>
internal static class DepartmentPagesBuilder
{
    public static DepartmentIndexView Index(Plan plan, Language lang) =>
        new(PlanCardBuilder.Build(plan, lang), plan.Departments.Select(d => new DepartmentSummaryView(
            new LinkView(TextView.From(d.Name, lang), SitePaths.PlanDepartment(lang, plan.Key, d.Id)),
            TextView.FromOptional(d.Bureau, lang),
            plan.NodeDepartments.Count(x => x.DepartmentId == d.Id))).ToList());

    public static DepartmentPageView Page(Plan plan, Department department, Language lang)
    {
        var links = plan.NodeDepartments.Where(x => x.DepartmentId == department.Id).ToList();
        var nodes = plan.Index.InReadingOrder()
            .Select(n => (n, link: links.FirstOrDefault(l => l.NodeId == n.Id)))
            .Where(x => x.link is not null)
            .Select(x => NodeSummaryBuilder.Build(plan, x.n, lang, x.link!.Role)).ToList();
        return new DepartmentPageView(PlanCardBuilder.Build(plan, lang), TextView.From(department.Name, lang), TextView.FromOptional(department.Bureau, lang), nodes);
    }
}
