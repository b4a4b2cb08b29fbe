using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>Warns about the example rows <c>reform-site new</c> writes ("（例）…", "(Example) …"),
/// so a scaffold is not published by mistake.</summary>
internal sealed class PlaceholderRule : IPlanRule
{
    private static readonly string[] Markers = ["（例）", "(例)", "(Example)"];

    public void Check(PlanContext c)
    {
        foreach (var table in c.Raw.Tables.Values)
            foreach (var row in table.Rows)
                foreach (var (column, value) in row.Cells)
                    if (MarkerOf(value) is { } marker)
                    {
                        c.Report(Codes.ExampleRowLeft, row.Location, column, value: marker);
                        break;
                    }
    }

    /// <summary>Run on every cell of the data: a plain loop, and most cells are ruled out by
    /// their first character.</summary>
    private static string? MarkerOf(string value)
    {
        if (value.Length == 0 || value[0] is not ('（' or '(')) return null;
        foreach (var marker in Markers)
            if (value.StartsWith(marker, StringComparison.Ordinal)) return marker;
        return null;
    }
}
