namespace Reform.Site.Diagnostics;

/// <summary>Collects every problem instead of stopping at the first, so a user fixes all of
/// them in one pass. Thread-safe because plans are checked in parallel.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(DiagnosticCode code, SourceLocation location, string? value = null, string? expected = null,
        string? column = null, int? line = null, IEnumerable<KeyValuePair<string, string>>? more = null)
    {
        var args = new Dictionary<string, string>();
        foreach (var (key, text) in more ?? []) args[key] = Visible(text);
        if (value is not null) args["value"] = Visible(value);
        if (expected is not null) args["expected"] = Visible(expected);
        if ((column ?? location.Column) is { } c) args["column"] = c;
        if (line is not null) args["line"] = line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var diagnostic = new Diagnostic(code, DiagnosticCatalog.Default.SeverityOf(code), location, args);
        lock (_lock) _items.Add(diagnostic);
    }

    /// <summary>A value as a report shows it: a line break or control character in a value (an ID
    /// that ends in a line break) is written as an escape, so the report stays one line per field
    /// and shows what is actually there.</summary>
    private static string Visible(string value)
    {
        if (!value.AsSpan().ContainsAnyInRange('\0', '\u001f') && !value.Contains('\u007f')) return value;
        var text = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value)
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or '\u007f' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return text.ToString();
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock) _items.AddRange(diagnostics);
    }

    /// <summary>Every diagnostic in a stable order (file, row, column, code), so reports are
    /// identical from run to run whatever the thread scheduling.</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_lock)
                return _items
                    .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                    .ThenBy(d => d.Location.Row ?? 0)
                    .ThenBy(d => d.Location.ColumnIndex ?? -1)
                    .ThenBy(d => d.Code)
                    .ThenBy(d => d.Argument("value"), StringComparer.Ordinal)
                    .Distinct()
                    .ToList();
        }
    }

    public bool HasErrorsUnder(string pathPrefix)
    {
        lock (_lock) return _items.Any(d => d.Severity == Severity.Error && d.Location.File.StartsWith(pathPrefix, StringComparison.Ordinal));
    }

    public bool HasErrors
    {
        get { lock (_lock) return _items.Any(d => d.Severity == Severity.Error); }
    }
}
