using System.Reflection;
using System.Text.Json;
using Reform.Site.Localization;

namespace Reform.Site.Diagnostics;

/// <summary>The message and fix for every diagnostic code, in Japanese and English, read from
/// the embedded <c>diagnostics.json</c> so wording is edited in one data file, not in code.</summary>
internal sealed class DiagnosticCatalog
{
    public static DiagnosticCatalog Default { get; } = LoadEmbedded();

    private readonly IReadOnlyDictionary<DiagnosticCode, Entry> _entries;

    private DiagnosticCatalog(IReadOnlyDictionary<DiagnosticCode, Entry> entries) => _entries = entries;

    public IEnumerable<DiagnosticCode> Codes => _entries.Keys.Order();

    public Severity SeverityOf(DiagnosticCode code) =>
        _entries.TryGetValue(code, out var e) ? e.Severity : throw new ArgumentException($"Unknown diagnostic code {code}");

    public string Message(Diagnostic d, Language lang) => Fill(Text(d.Code, lang).Message, d);

    public string Fix(Diagnostic d, Language lang) => Fill(Text(d.Code, lang).Fix, d);

    public string Describe(DiagnosticCode code, Language lang) => Text(code, lang).Message;

    /// <summary>The message and fix as written in the catalogue, every optional part shown (for
    /// the list of codes).</summary>
    public string Template(DiagnosticCode code, Language lang) =>
        Optional.Replace($"{Text(code, lang).Message} → {Text(code, lang).Fix}", m => m.Groups[1].Value);

    /// <summary>[[ … ]] in a message is said only when every placeholder in it has a value (the
    /// nearest ID of RS302 exists only when one is near).</summary>
    private static readonly System.Text.RegularExpressions.Regex Optional = new(@"\[\[(.*?)\]\]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex Placeholder = new(@"\{([a-z_]+)\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private LocalizedEntry Text(DiagnosticCode code, Language lang) =>
        lang == Language.Ja ? _entries[code].Ja : _entries[code].En;

    private static string Fill(string template, Diagnostic d)
    {
        if (template.Contains("[[", StringComparison.Ordinal))
            template = Optional.Replace(template, m => Placeholder.Matches(m.Groups[1].Value).All(p => d.Arguments.ContainsKey(p.Groups[1].Value)) ? m.Groups[1].Value : "");
        foreach (var (key, value) in d.Arguments)
            template = template.Replace("{" + key + "}", value, StringComparison.Ordinal);
        return template;
    }

    private static DiagnosticCatalog LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("diagnostics.json")
            ?? throw new InvalidOperationException("diagnostics.json is not embedded");
        using var doc = JsonDocument.Parse(stream);
        var entries = new Dictionary<DiagnosticCode, Entry>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var name = p.Value.GetProperty("severity").GetString();
            var severity = Severities.Parse(name) ?? throw new InvalidOperationException($"diagnostics.json: {p.Name} has the unknown severity \"{name}\"");
            // "ja" and "en" are the keys of diagnostics.json, a format of its own.
            entries[DiagnosticCode.Parse(p.Name)] = new Entry(severity, ReadText(p.Value.GetProperty("ja")), ReadText(p.Value.GetProperty("en")));
        }
        return new DiagnosticCatalog(entries);
    }

    private static LocalizedEntry ReadText(JsonElement e) =>
        new(e.GetProperty("message").GetString()!, e.GetProperty("fix").GetString()!);

    private sealed record Entry(Severity Severity, LocalizedEntry Ja, LocalizedEntry En);

    private sealed record LocalizedEntry(string Message, string Fix);
}
