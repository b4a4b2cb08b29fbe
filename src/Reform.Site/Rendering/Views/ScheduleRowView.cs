namespace Reform.Site.Rendering.Views;

public sealed record ScheduleRowView(TextView? Task, IReadOnlyList<ScheduleCellView?> Cells);
