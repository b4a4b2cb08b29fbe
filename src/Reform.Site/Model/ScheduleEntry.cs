using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>One cell of a schedule (工程表): what a task plans for one fiscal year.</summary>
/// <remarks>In a site build the task's and the cell's texts wait in a <see cref="TextStore"/>
/// until the node page or the plan's JSON reads them.</remarks>
internal sealed record ScheduleEntry(string NodeId, int Row, LocalizedText? Task, int FiscalYear, LocalizedText? Entry, string? Status, RowSource Source)
{
    private readonly StoredText _task = StoredText.Of(Task);
    private readonly StoredText _entry = StoredText.Of(Entry);

    public LocalizedText? Task
    {
        get => _task.Value;
        init => _task = StoredText.Of(value);
    }

    public LocalizedText? Entry
    {
        get => _entry.Value;
        init => _entry = StoredText.Of(value);
    }

    private ScheduleEntry(ScheduleEntry entry, StoredText task, StoredText text) : this(entry)
    {
        _task = task;
        _entry = text;
    }

    internal ScheduleEntry StoredAs(StoredText task, StoredText entry) => new(this, task, entry);
}
