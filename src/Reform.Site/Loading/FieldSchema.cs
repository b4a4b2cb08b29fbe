using System.Text.RegularExpressions;

namespace Reform.Site.Loading;

/// <summary>One column of a table, as its Frictionless Table Schema describes it.</summary>
internal sealed record FieldSchema
{
    public required string Name { get; init; }
    public required FieldType Type { get; init; }
    public required string Description { get; init; }

    /// <summary>The description in Japanese (<c>rs:descriptionJa</c>), for the staff's guide sheet and README.</summary>
    public string DescriptionJa { get; init; } = "";
    public required bool Required { get; init; }
    public required Regex? Pattern { get; init; }
    public required IReadOnlyList<string>? Enum { get; init; }
    public required decimal? Minimum { get; init; }
    public required decimal? Maximum { get; init; }
    public required string? ListSeparator { get; init; }
    public required bool IsFiscalYear { get; init; }

    /// <summary>Text columns are the ones a person writes sentences in; only they can carry
    /// something a spreadsheet would mistake for a formula.</summary>
    public bool IsFreeText => Type == FieldType.String && Pattern is null && Enum is null;

    public bool IsEnglishText => IsFreeText && Name.EndsWith("_en", StringComparison.Ordinal);
}
