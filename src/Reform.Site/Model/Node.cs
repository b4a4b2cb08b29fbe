using Reform.Site.Diagnostics;

namespace Reform.Site.Model;

/// <summary>A node of a plan's hierarchy: a policy, an item, an initiative.</summary>
public sealed record Node(
    string Id,
    string? ParentId,
    int Level,
    string? Number,
    LocalizedText Title,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Themes,
    bool? Continued,
    int? EndedFiscalYear,
    RowSource Source)
{
    /// <summary>The number and the title as the city prints them together (① 財政健全化).</summary>
    public string Heading(string lang) => string.IsNullOrEmpty(Number) ? Title.For(lang) : $"{Number} {Title.For(lang)}";
}
