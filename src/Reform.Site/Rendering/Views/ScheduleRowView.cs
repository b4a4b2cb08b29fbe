namespace Reform.Site.Rendering.Views;

internal sealed record ScheduleRowView(TextView? Task, IReadOnlyList<ScheduleCellView?> Cells);
