namespace Reform.Site.Rendering.Views;

/// <summary>A node's schedule (工程表): years as columns, one row per task.</summary>
internal sealed record ScheduleView(IReadOnlyList<int> Years, IReadOnlyList<ScheduleRowView> Rows);
