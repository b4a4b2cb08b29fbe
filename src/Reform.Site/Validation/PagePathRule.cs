using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>A node's page is <c>{lang}/plans/{plan}/{id}/</c>, beside the plan's own pages
/// (downloads, departments, changes): a node with one of their names would overwrite one.</summary>
internal sealed class PagePathRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        foreach (var node in c.Plan.Nodes.Where(candidate => PageFolders.InPlan.Contains(candidate.Id)))
            c.Report(Codes.ReservedId, node.Source.Location, "id", value: node.Id, expected: string.Join(", ", PageFolders.InPlan));
    }
}
