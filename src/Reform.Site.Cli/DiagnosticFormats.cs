using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Localization;

namespace Reform.Site.Cli;

internal enum ReportFormat { Text, Json, Markdown, GitHub }

/// <summary>Validation reports for machines: JSON (for tools), Markdown (for a pull-request
/// comment) and GitHub workflow commands (annotations on the changed files).</summary>
internal static class DiagnosticFormats
{
    private static readonly JsonSerializerOptions JsonOutput = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(ReportFormat format, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Language> langs, string dataDir, int plans, TextWriter output)
    {
        switch (format)
        {
            case ReportFormat.Json: Json(diagnostics, output); break;
            case ReportFormat.Markdown: Markdown(diagnostics, langs, plans, output); break;
            case ReportFormat.GitHub: GitHub(diagnostics, langs, dataDir, output); break;
            default:
                DiagnosticPrinter.Print(diagnostics, langs, output);
                output.WriteLine(DiagnosticPrinter.Summary(diagnostics, plans));
                break;
        }
    }

    private static void Json(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        var catalog = DiagnosticCatalog.Default;
        var items = diagnostics.Select(d => new
        {
            code = d.Code.ToString(),
            severity = d.Severity.ToCode(),
            file = d.Location.File,
            row = d.Location.Row,
            line = d.Location.FileLine,
            column = d.Location.Column,
            column_letter = d.Location.ColumnLetter,
            message = new { ja = catalog.Message(d, Language.Ja), en = catalog.Message(d, Language.En) },
            fix = new { ja = catalog.Fix(d, Language.Ja), en = catalog.Fix(d, Language.En) },
            arguments = d.Arguments,
        });
        output.WriteLine(JsonSerializer.Serialize(new
        {
            errors = diagnostics.Count(d => d.Severity == Severity.Error),
            warnings = diagnostics.Count(d => d.Severity == Severity.Warning),
            diagnostics = items,
        }, JsonOutput));
    }

    private static void Markdown(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Language> langs, int plans, TextWriter output)
    {
        var catalog = DiagnosticCatalog.Default;
        output.WriteLine("## reform-site validate");
        output.WriteLine();
        output.WriteLine(DiagnosticPrinter.Summary(diagnostics, plans));
        if (diagnostics.Count == 0) return;
        output.WriteLine();
        output.WriteLine("| | code | file | row | column | " + string.Join(" | ", langs.Select(l => l == Language.Ja ? "内容と直し方" : "problem and fix")) + " |");
        output.WriteLine("|---|---|---|---|---|" + string.Concat(langs.Select(_ => "---|")));
        foreach (var d in diagnostics)
        {
            var icon = d.Severity == Severity.Error ? "❌" : "⚠️";
            var column = d.Location.Column is { } c ? (d.Location.ColumnLetter is { } letter ? $"{letter} ({c})" : c) : "";
            output.WriteLine($"| {icon} | {d.Code} | `{d.Location.File}` | {RowAndLine(d.Location)} | {Cell(column)} | " +
                string.Join(" | ", langs.Select(l => Cell($"{catalog.Message(d, l)} → {catalog.Fix(d, l)}"))) + " |");
        }
    }

    /// <summary>::error file=…,line=…,title=…::message — GitHub shows these on the pull request.</summary>
    private static void GitHub(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Language> langs, string dataDir, TextWriter output)
    {
        var catalog = DiagnosticCatalog.Default;
        foreach (var d in diagnostics)
        {
            var kind = d.Severity.ToCode();
            // site.yml is beside the data folder, not in it (Content.SiteConfig.PathFor).
            var file = (d.Location.File == Content.SiteConfig.FileName
                ? Path.Combine(Path.GetDirectoryName(dataDir.TrimEnd('/', '\\')) ?? "", d.Location.File)
                : Path.Combine(dataDir, d.Location.File)).Replace('\\', '/');
            var line = d.Location.FileLine is int at ? $",line={at}" : "";
            var message = string.Join(" / ", langs.Select(l => $"{catalog.Message(d, l)} {catalog.Fix(d, l)}"));
            output.WriteLine($"::{kind} file={Escape(file, true)}{line},title={Escape($"{d.Code} {d.Location.Column}".Trim(), true)}::{Escape(message, false)}");
        }
    }

    /// <summary>The row as Excel numbers it, and the file's line when a cell above holds line breaks.</summary>
    private static string RowAndLine(SourceLocation at) =>
        at.Line is int line && line != at.Row ? $"{at.Row} (line {line})" : at.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Escape(string s, bool property)
    {
        s = s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? s.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : s;
    }
}
