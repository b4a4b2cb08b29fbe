namespace Reform.Site.Tests.Support;

/// <summary>A throw-away copy of the good fixture, for tests that transcribe a construct into
/// it without touching rows other tests edit by their exact text.</summary>
internal sealed class GoodDataCopy : IDisposable
{
    public const string Plan = "012131-sample-plan";

    private readonly TempDir _temp = new();

    public GoodDataCopy()
    {
        Data = _temp.Combine("data");
        TempDir.CopyTree(RepoPaths.GoodData, Data);
    }

    public string Data { get; }

    public string PlanFile(string name) => Path.Combine(Data, "plans", Plan, name);

    /// <summary>Adds <paramref name="columns"/> (",a,b") to a table, empty in its rows, then appends
    /// <paramref name="rows"/> that fill them.</summary>
    public void AddColumns(string table, string columns, string rows)
    {
        var file = PlanFile(table);
        var empty = new string(',', columns.Count(ch => ch == ','));
        var lines = File.ReadAllText(file).TrimEnd('\n').Split('\n');
        File.WriteAllText(file, string.Join("\n", lines.Select((line, i) => line + (i == 0 ? columns : empty))) + "\n" + rows.Replace("\r", "", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}
