namespace Reform.Site.Model;

/// <summary>An effect's kind as the data (effects.csv, kpi_values.csv), the datasets and the
/// theme's CSS classes write it: one mapping, so a new kind cannot be spelt two ways.</summary>
internal static class EffectKinds
{
    public static string ToCode(this EffectKind kind) => kind switch
    {
        EffectKind.Planned => "planned",
        EffectKind.Actual => "actual",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind written as <paramref name="code"/>, or null for anything else (the
    /// table schema has already reported it).</summary>
    public static EffectKind? Parse(string? code) => code switch
    {
        "planned" => EffectKind.Planned,
        "actual" => EffectKind.Actual,
        _ => null,
    };
}
