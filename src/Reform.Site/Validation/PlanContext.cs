using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>What a rule sees: the typed plan, the raw tables it came from (for column
/// positions), the shared topics, and where to report.</summary>
internal sealed class PlanContext(Plan plan, RawPlan raw, IReadOnlySet<string> topicIds, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _columns =
        raw.Tables.Values.ToDictionary(table => table.RelativePath, table => table.Columns, StringComparer.Ordinal);

    public Plan Plan { get; } = plan;

    public RawPlan Raw { get; } = raw;

    public IReadOnlySet<string> TopicIds { get; } = topicIds;

    public string PlanFilePath => $"{Raw.RelativeFolder}/{PlanFolderReader.PlanFileName}";

    public SourceLocation PlanFile(string path) => new SourceLocation(PlanFilePath).InColumn(path, null);

    public void Report(DiagnosticCode code, SourceLocation row, string? column = null, string? value = null, string? expected = null,
        IEnumerable<KeyValuePair<string, string>>? more = null)
    {
        var at = column is null ? row : row.InColumn(column, ColumnIndex(row.File, column));
        diagnostics.Add(code, at, value: value, expected: expected, more: more);
    }

    private int? ColumnIndex(string file, string column)
    {
        if (!_columns.TryGetValue(file, out var columns)) return null;
        var i = columns.ToList().IndexOf(column);
        return i < 0 ? null : i;
    }
}
