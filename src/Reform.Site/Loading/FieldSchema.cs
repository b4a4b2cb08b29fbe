using System.Text.RegularExpressions;

namespace Reform.Site.Loading;

/// <summary>One column of a table, as its Frictionless Table Schema describes it.</summary>
public sealed record FieldSchema(
    string Name,
    FieldType Type,
    string Description,
    bool Required,
    Regex? Pattern,
    IReadOnlyList<string>? Enum,
    decimal? Minimum,
    decimal? Maximum,
    string? ListSeparator,
    bool IsFiscalYear)
{
    /// <summary>Text columns are the ones a person writes sentences in; only they can carry
    /// something a spreadsheet would mistake for a formula.</summary>
    public bool IsFreeText => Type == FieldType.String && Pattern is null && Enum is null;

    public bool IsEnglishText => IsFreeText && Name.EndsWith("_en", StringComparison.Ordinal);
}
