namespace Reform.Site.Diagnostics;

/// <summary>One problem found in the input, with a stable code (RS…), where it is, and the
/// values its message talks about. Messages are looked up in <see cref="DiagnosticCatalog"/>,
/// so the same diagnostic can be shown in Japanese or English.</summary>
internal sealed record Diagnostic(
    DiagnosticCode Code,
    Severity Severity,
    SourceLocation Location,
    IReadOnlyDictionary<string, string> Arguments)
{
    public string Argument(string name) => Arguments.TryGetValue(name, out var v) ? v : "";
}
