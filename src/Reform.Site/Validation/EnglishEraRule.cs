using System.Text.RegularExpressions;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>Warns about a Japanese era left in English text: an abbreviation such as H28, R2 or
/// R6.4.1, or the era's name (令和, 平成, 昭和). English readers do not know the eras, and the
/// site writes every year as FY2020 in English; the report's own 和暦 belongs in the Japanese
/// text only. A warning, not an error: the English is still better than none.</summary>
internal sealed partial class EnglishEraRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        foreach (var table in c.Raw.Tables.Values)
            foreach (var en in table.Schema.Fields.Where(field => field.IsEnglishText))
                foreach (var row in table.Rows)
                    if (row.Text(en.Name) is { } text && Era(text) is { } found)
                        c.Report(Codes.EraInEnglish, row.Location, en.Name, value: found);

        var p = c.Plan;
        foreach (var (path, text) in PlanFileTexts(p))
            if (text.En is { } english && Era(english) is { } found)
                c.Report(Codes.EraInEnglish, c.PlanFile(path + ".en"), value: found);
    }

    /// <summary>The first era in the text, or null.</summary>
    public static string? Era(string text) => EraPattern().Match(text) is { Success: true } m ? m.Value : null;

    private static IEnumerable<(string Path, LocalizedText Text)> PlanFileTexts(Plan p)
    {
        yield return ("plan.title", p.Metadata.Title);
        yield return ("plan.report_title", p.Metadata.ReportTitle);
        yield return ("plan.publisher", p.Metadata.Publisher);
        if (p.Metadata.Description is { } description) yield return ("plan.description", description);
        for (var i = 0; i < p.Levels.Count; i++) yield return ($"levels[{i}].name", p.Levels[i].Name);
        for (var i = 0; i < p.Evaluators.Count; i++) yield return ($"evaluators[{i}].name", p.Evaluators[i].Name);
        for (var i = 0; i < p.Assessments.Count; i++) yield return ($"assessments[{i}].name", p.Assessments[i].Name);
        for (var i = 0; i < p.Tags.Count; i++) yield return ($"tags[{i}].name", p.Tags[i].Name);
        for (var i = 0; i < p.TextKinds.Count; i++) yield return ($"text_kinds[{i}].name", p.TextKinds[i].Name);
        for (var i = 0; i < p.Scales.Count; i++)
            for (var j = 0; j < p.Scales[i].Levels.Count; j++) yield return ($"scales[{i}].levels[{j}].label", p.Scales[i].Levels[j].Label);
    }

    // H/R/S (Heisei, Reiwa, Showa) and a year of the era, optionally .month.day, standing alone
    // (not inside a word or a number: "R2" but not "R2D2" or "FY2020"), or an era's name.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[HRS][0-9]{1,2}(?:\.[0-9]{1,2}){0,2}(?![\p{L}\p{N}])|令和|平成|昭和")]
    private static partial Regex EraPattern();
}
