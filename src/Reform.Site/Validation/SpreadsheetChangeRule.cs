using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>Warns about a code that a spreadsheet probably changed when it was typed into a new
/// row below the template's (formatted General): an ID 1 where the column's IDs are 001, 002,
/// or a number label -3 where the column's labels are (1), (2). Such a value is valid, so only a
/// warning, but it is rarely what staff typed (RS214).</summary>
internal sealed class SpreadsheetChangeRule : IPlanRule
{
    /// <summary>The code and number-label columns: IDs other rows refer to, and the numbers staff
    /// copy from the printed report.</summary>
    private static readonly (string Table, string Column)[] Columns =
        [("nodes", "id"), ("nodes", "number"), ("departments", "id"), ("kpis", "id")];

    public void Check(PlanContext c)
    {
        foreach (var (name, column) in Columns)
        {
            if (!c.Raw.Tables.TryGetValue(name, out var table) || !table.Readable) continue;
            var values = table.Values(column).ToHashSet(StringComparer.Ordinal);
            if (values.Count < 2) continue;
            foreach (var row in table.Rows)
                if (row.Text(column) is { } value && SpreadsheetChange.FromColumn(value, values) is { } original)
                    c.Report(Codes.SpreadsheetChangedValue, row.Location, column, value: value, expected: original);
        }
    }
}
