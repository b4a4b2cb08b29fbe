using System.Text.RegularExpressions;
using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>Warns about a bracketed abbreviation of one or two characters in a department's
/// Japanese name or bureau, such as 「（政）」 for 総合政策部: a report's tables use them to save
/// room and explain them nowhere, and a reader of the site cannot know what they stand for
/// (issue 22). A warning: the page still builds, but the full name is what a reader needs.</summary>
internal sealed partial class AbbreviationRule : IPlanRule
{
    private static readonly string[] Columns = ["name_ja", "bureau_ja"];

    public void Check(PlanContext c)
    {
        if (!c.Raw.Tables.TryGetValue("departments", out var table)) return;
        foreach (var row in table.Rows)
            foreach (var column in Columns)
                if (row.Text(column) is { } text && Abbreviation().Match(text) is { Success: true } m)
                    c.Report(Codes.AbbreviatedName, row.Location, column, value: m.Value);
    }

    // A bracket pair (full or half width) around one or two characters, at the start of the
    // name or standing for all of it: 「（政）」, 「（政）政策推進課」, 「(総)」. Not 「（例）」, the
    // scaffold's mark of an example row, which RS603 reports until the row is replaced.
    [GeneratedRegex(@"^[（(](?!例[）)])[^（）()]{1,2}[）)]")]
    private static partial Regex Abbreviation();
}
