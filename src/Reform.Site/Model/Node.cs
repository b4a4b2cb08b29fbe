using Reform.Site.Diagnostics;
using Reform.Site.Localization;

namespace Reform.Site.Model;

/// <summary>A node of a plan's hierarchy: a policy, an item, an initiative.</summary>
internal sealed record Node
{
    public required string Id { get; init; }
    public required string? ParentId { get; init; }
    public required int Level { get; init; }
    public required string? Number { get; init; }
    public required LocalizedText Title { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public required bool? Continued { get; init; }
    public required int? EndedFiscalYear { get; init; }

    /// <summary>The fiscal year the item was added during the plan (令和元年度末新規追加); null = from the start.</summary>
    public int? AddedFiscalYear { get; init; }

    /// <summary>The node this item was merged into (集約項目); null when it was not.</summary>
    public string? MergedInto { get; init; }
    public required RowSource Source { get; init; }

    /// <summary>The number and the title as the city prints them together (① 財政健全化).</summary>
    public string Heading(Language lang) => string.IsNullOrEmpty(Number) ? Title.For(lang) : $"{Number} {Title.For(lang)}";
}
