using System.Globalization;
using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>Warns, once per column, about Japanese texts without English. Not an error: the
/// site falls back to Japanese and marks it, so publishing is never blocked by translation.</summary>
public sealed class TranslationRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        foreach (var table in c.Raw.Tables.Values)
        {
            foreach (var en in table.Schema.Fields.Where(f => f.IsEnglishText))
            {
                var ja = en.Name[..^3] + "_ja";
                var missing = table.Rows.Count(r => r.Text(ja) is not null && r.Text(en.Name) is null);
                if (missing > 0)
                    c.Report("RS601", new SourceLocation(table.RelativePath), en.Name, value: missing.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
