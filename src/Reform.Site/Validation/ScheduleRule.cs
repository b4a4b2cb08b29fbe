using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>All cells of one schedule line carry the same task heading.</summary>
internal sealed class ScheduleRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        foreach (var line in c.Plan.Schedule.GroupBy(entry => (entry.NodeId, entry.Row)))
        {
            var first = line.First(_ => true);
            foreach (var cell in line.Skip(1).Where(entry => entry.Task is not null && first.Task is not null && entry.Task != first.Task))
                c.Report(Codes.InconsistentScheduleTask, cell.Source, "task_ja", value: $"{line.Key.NodeId} / {line.Key.Row}");
        }
    }
}
