using Reform.Site.Diagnostics;
using Reform.Site.Localization;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Validation;

/// <summary>Missing English is one warning per column that says where to start translating.</summary>
public sealed class TranslationRuleTests
{
    [Fact]
    public void Untranslated_texts_are_one_warning_at_the_first_row_naming_the_rows()
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Path);
        var texts = Path.Combine(temp.Path, "plans", "012131-sample-plan", "texts.csv");
        // Row 4 has no English already; row 3 loses its English too. Row 2 spans three lines of the file.
        File.WriteAllText(texts, File.ReadAllText(texts).Replace("引き続き見直す。,Continue the review.", "引き続き見直す。,"));

        var (_, diagnostics) = DataLoader.Load(temp.Path);

        var warning = Assert.Single(diagnostics, d => d.Code == Codes.MissingTranslation);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("plans/012131-sample-plan/texts.csv", 3, "text_en", 5), (warning.Location.File, warning.Location.Row, warning.Location.Column, warning.Location.FileLine));
        Assert.Equal("2 texts have no English translation (row(s) 3, 4).", DiagnosticCatalog.Default.Message(warning, Language.En));
        Assert.Equal("英語訳のない文が 2 件あります（3, 4 行目）。", DiagnosticCatalog.Default.Message(warning, Language.Ja));
    }
}
