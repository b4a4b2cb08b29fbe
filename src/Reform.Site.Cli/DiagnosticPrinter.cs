using Reform.Site.Diagnostics;
using Reform.Site.Localization;

namespace Reform.Site.Cli;

/// <summary>Prints diagnostics for people: code, place, what is wrong and how to fix it, in
/// Japanese, English or both.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Language> langs, TextWriter output)
    {
        var catalog = DiagnosticCatalog.Default;
        foreach (var d in diagnostics)
        {
            var kind = d.Severity.ToCode();
            // A workbook's place is said in each language (「effects シート E60」 / sheet effects, cell E60).
            output.WriteLine($"{kind} {d.Code} {string.Join(" / ", langs.Select(d.Location.Describe).Distinct())}");
            foreach (var lang in langs)
                output.WriteLine($"  {lang}: {catalog.Message(d, lang)} → {catalog.Fix(d, lang)}");
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics, int plans)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{plans} plan(s) checked: {errors} error(s), {warnings} warning(s) / エラー {errors} 件、警告 {warnings} 件";
    }
}
