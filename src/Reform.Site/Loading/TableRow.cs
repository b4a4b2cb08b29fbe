using System.Globalization;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Loading;

/// <summary>One record of a CSV table after its cells were checked against the schema. Cells
/// that failed their check are absent, so later stages see "no value" rather than bad data.</summary>
internal sealed class TableRow(SourceLocation location, IReadOnlyDictionary<string, string> cells, IReadOnlyDictionary<string, int> columnIndex, IReadOnlySet<string> failedColumns)
{
    public SourceLocation Location { get; } = location;

    public IReadOnlyDictionary<string, string> Cells { get; } = cells;

    /// <summary>True when the column had a value that failed its check (already reported), so
    /// later rules do not report its absence a second time.</summary>
    public bool Failed(string column) => failedColumns.Contains(column);

    public SourceLocation At(string column) =>
        Location.InColumn(column, columnIndex.TryGetValue(column, out var i) ? i : null);

    public string? Text(string column) => Cells.TryGetValue(column, out var v) ? v : null;

    public string Required(string column) => Text(column) ?? "";

    public int? Int(string column) =>
        Text(column) is { } v && int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null;

    public decimal? Number(string column) =>
        Text(column) is { } v && decimal.TryParse(v, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var d) ? d : null;

    public bool? Bool(string column) => Text(column) switch { "true" => true, "false" => false, _ => null };

    public IReadOnlyList<string> List(string column) =>
        Text(column)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The <c>{base}_ja</c> / <c>{base}_en</c> pair as one bilingual text.</summary>
    public LocalizedText? Localized(string baseName) =>
        Text(baseName + "_ja") is { } ja ? new LocalizedText(ja, Text(baseName + "_en")) : null;
}
