namespace Reform.Site.Validation;

/// <summary>Warns about the example rows <c>reform-site new</c> writes ("（例）…", "(Example) …"),
/// so a scaffold is not published by mistake.</summary>
public sealed class PlaceholderRule : IPlanRule
{
    private static readonly string[] Markers = ["（例）", "(例)", "(Example)"];

    public void Check(PlanContext c)
    {
        foreach (var table in c.Raw.Tables.Values)
            foreach (var row in table.Rows)
                foreach (var (column, value) in row.Cells)
                    if (Markers.FirstOrDefault(m => value.StartsWith(m, StringComparison.Ordinal)) is { } marker)
                    {
                        c.Report("RS603", row.Location, column, value: marker);
                        break;
                    }
    }
}
