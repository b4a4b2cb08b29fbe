using System.Globalization;
using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>Warns, once per column, about Japanese texts without English, at the first such row
/// and naming the first rows (a city may publish before translating a whole report, and a warning
/// per row would bury everything else). Not an error: the site falls back to Japanese and marks
/// it, so publishing is never blocked by translation.</summary>
internal sealed class TranslationRule : IPlanRule
{
    private const int MaxRowsNamed = 10;

    public void Check(PlanContext c)
    {
        foreach (var table in c.Raw.Tables.Values)
        {
            foreach (var en in table.Schema.Fields.Where(field => field.IsEnglishText))
            {
                var ja = en.Name[..^3] + "_ja";
                var missing = table.Rows.Where(row => row.Text(ja) is not null && row.Text(en.Name) is null).ToList();
                if (missing.Count == 0) continue;
                var rows = string.Join(", ", missing.Take(MaxRowsNamed).Select(row => row.Location.Row?.ToString(CultureInfo.InvariantCulture)));
                c.Report(Codes.MissingTranslation, missing[0].Location, en.Name, value: missing.Count.ToString(CultureInfo.InvariantCulture),
                    expected: missing.Count > MaxRowsNamed ? rows + ", …" : rows);
            }
        }
    }
}
