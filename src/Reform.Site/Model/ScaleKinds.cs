namespace Reform.Site.Model;

/// <summary>A rating scale's kind as plan.json and the plan document write it.</summary>
internal static class ScaleKinds
{
    public static string ToCode(this ScaleKind kind) => kind switch
    {
        ScaleKind.Ordinal => "ordinal",
        ScaleKind.Numeric => "numeric",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind written as <paramref name="code"/>, or null for anything else.</summary>
    public static ScaleKind? Parse(string? code) => code switch
    {
        "ordinal" => ScaleKind.Ordinal,
        "numeric" => ScaleKind.Numeric,
        _ => null,
    };
}
