using System.Globalization;
using System.Text.RegularExpressions;
using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>Warns when a text's fiscal year differs from the year its kind's name says: Osaki
/// named a kind 「令和3年度（実績）」, so FY2022 results entered under it were shown beneath a
/// FY2021 heading (RS607).</summary>
internal sealed partial class TextKindYearRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        var years = new Dictionary<string, (int Year, string Name)>(StringComparer.Ordinal);
        foreach (var kind in c.Plan.TextKinds)
            if ((YearIn(kind.Name.Ja) ?? (kind.Name.En is { } en ? YearIn(en) : null)) is int year)
                years[kind.Id] = (year, kind.Name.Ja);
        if (years.Count == 0) return;
        foreach (var text in c.Plan.Texts)
            if (text.FiscalYear is int fy && years.TryGetValue(text.KindId, out var named) && named.Year != fy)
                c.Report(Codes.TextKindNamesOtherYear, text.Source, "kind", value: named.Name, expected: Text(named.Year),
                    more: [new("year", Text(fy)), new("kind", text.KindId)]);
    }

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The fiscal year a name speaks of: 令和3年度, 令和元年度, 平成30年度, R5, H30, FY2021,
    /// 2021年度; null when it names none.</summary>
    public static int? YearIn(string name)
    {
        var m = EraYear().Match(name);
        if (m.Success)
        {
            var era = m.Groups["era"].Value switch { "令和" or "R" => 2018, "平成" or "H" => 1988, _ => 1925 };
            var n = m.Groups["n"].Value == "元" ? 1 : int.Parse(m.Groups["n"].Value.Normalize(System.Text.NormalizationForm.FormKC), CultureInfo.InvariantCulture);
            return era + n;
        }
        m = WesternYear().Match(name.Normalize(System.Text.NormalizationForm.FormKC));
        return m.Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<era>令和|平成|昭和)(?<n>元|[0-9０-９]{1,2})年|(?<![A-Za-z])(?<era>[RHS])(?<n>[0-9]{1,2})(?![0-9])")]
    private static partial Regex EraYear();

    [GeneratedRegex(@"(?:FY\s?(?<y>(?:19|20)[0-9]{2})|(?<y>(?:19|20)[0-9]{2})年度)")]
    private static partial Regex WesternYear();
}
