using System.Text.RegularExpressions;
using Reform.Site.Cli;
using Reform.Site.Diagnostics;
using Reform.Site.Localization;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;
using Reform.Site.Tests.Validation;

namespace Reform.Site.Tests.Diagnostics;

/// <summary>Everything staff read exists in Japanese (issue 24): every diagnostic as it is
/// actually reported (no English fragment from the code inside the Japanese message, no
/// placeholder left unfilled), every line of --help, the guide sheet and the new plan's README.</summary>
public sealed partial class StaffMessagesInJapaneseTests
{
    /// <summary>Four English words in a row: a sentence, not a code, a file name or a column.</summary>
    [GeneratedRegex(@"[A-Za-z]{2,}(?: [A-Za-z]{2,}){3,}")]
    private static partial Regex EnglishPhrase();

    [GeneratedRegex(@"\p{IsHiragana}|\p{IsKatakana}|\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Japanese();

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void Every_code_has_a_Japanese_message_and_fix()
    {
        foreach (var code in DiagnosticCatalog.Default.Codes)
        {
            var d = new Diagnostic(code, DiagnosticCatalog.Default.SeverityOf(code), new SourceLocation(""), new Dictionary<string, string>());
            Assert.Matches(Japanese(), DiagnosticCatalog.Default.Message(d, Language.Ja));
            Assert.Matches(Japanese(), DiagnosticCatalog.Default.Fix(d, Language.Ja));
        }
    }

    [Theory]
    [MemberData(nameof(BrokenInputCorpusTests.Cases), MemberType = typeof(BrokenInputCorpusTests))]
    public void Every_reported_problem_reads_in_Japanese_without_English_fragments(string name)
    {
        using var temp = new TempDir();
        var (_, data, content) = BrokenInputCorpusTests.Prepare(name, temp);
        var (_, diagnostics) = InputCheck.Check(data, content);
        foreach (var d in diagnostics)
        {
            // A value quoted from the input may be English; the words around it may not.
            var text = DiagnosticCatalog.Default.Message(d, Language.Ja) + " → " + DiagnosticCatalog.Default.Fix(d, Language.Ja);
            foreach (var value in d.Arguments.Where(a => a.Key is "value" or "column" or "known" or "nearest").Select(a => a.Value).Where(v => v.Length > 0))
                text = text.Replace(value, "…", StringComparison.Ordinal);
            Assert.DoesNotMatch(Placeholder(), text);
            Assert.False(EnglishPhrase().IsMatch(text), $"{d.Code} {d.Location}: English in the Japanese message: {text}");
        }
    }

    [Fact]
    public void Every_command_option_and_argument_has_Japanese_help()
    {
        foreach (var command in new[] { "validate", "build", "diff", "new", "export-template", "import", "serve" })
        {
            var output = new StringWriter();
            Assert.Equal(0, CliApp.Run([command, "--help", "--lang", "ja"], output, new StringWriter()));
            var help = output.ToString();
            // Every described line of the options and arguments tables carries Japanese.
            var described = help.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.TrimStart().Length > 0)
                .Select(l => Regex.Split(l.Trim(), @"\s{2,}")).Where(p => p.Length > 1).Select(p => p[^1]).ToList();
            Assert.NotEmpty(described);
            Assert.All(described, text => Assert.Matches(Japanese(), text));
        }
    }

    [Fact]
    public void Help_follows_the_lang_option_and_stays_English_without_it()
    {
        var english = new StringWriter();
        CliApp.Run(["import", "--help"], english, new StringWriter());
        Assert.Contains("An edited workbook back into the plan's CSV files.", english.ToString());
        Assert.DoesNotMatch(Japanese(), english.ToString().Replace("「effects シート E60」", "", StringComparison.Ordinal));
        var japanese = new StringWriter();
        CliApp.Run(["import", "--help"], TextReader.Null, japanese, new StringWriter(), interactive: false, japaneseHelp: true);
        Assert.Contains("編集したブックを計画の CSV ファイルに取り込みます。", japanese.ToString());
    }

    [Fact]
    public void The_guide_sheet_and_the_README_describe_every_column_in_Japanese()
    {
        foreach (var table in Reform.Site.Loading.TableSchemaCatalog.PlanTables.Append("themes"))
        {
            var schema = Reform.Site.Loading.TableSchemaCatalog.Get(table);
            Assert.Matches(Japanese(), schema.DescriptionJa);
            Assert.All(schema.Fields, f => Assert.True(Japanese().IsMatch(f.DescriptionJa), $"{table}.{f.Name} has no Japanese description (rs:descriptionJa)"));
        }
    }
}
