namespace Reform.Site.Model;

/// <summary>How a KPI's value is compared with its target when the report states a bound:
/// 以上 (at least), 超 (more than), 以下 (at most), 未満 (less than).</summary>
internal enum TargetComparison
{
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
}

/// <summary>The codes kpis.csv writes for <see cref="TargetComparison"/>, in one place.</summary>
internal static class TargetComparisons
{
    public static string ToCode(this TargetComparison comparison) => comparison switch
    {
        TargetComparison.AtLeast => "at-least",
        TargetComparison.MoreThan => "more-than",
        TargetComparison.AtMost => "at-most",
        TargetComparison.LessThan => "less-than",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison)),
    };

    /// <summary>The comparison written as <paramref name="code"/>, or null (the table schema has
    /// already reported anything that is not one of the codes).</summary>
    public static TargetComparison? Parse(string? code) => code switch
    {
        "at-least" => TargetComparison.AtLeast,
        "more-than" => TargetComparison.MoreThan,
        "at-most" => TargetComparison.AtMost,
        "less-than" => TargetComparison.LessThan,
        _ => null,
    };

    /// <summary>Whether <paramref name="value"/> meets the bound <paramref name="target"/>.</summary>
    public static bool Meets(this TargetComparison comparison, decimal value, decimal target) => comparison switch
    {
        TargetComparison.AtLeast => value >= target,
        TargetComparison.MoreThan => value > target,
        TargetComparison.AtMost => value <= target,
        TargetComparison.LessThan => value < target,
        _ => throw new ArgumentOutOfRangeException(nameof(comparison)),
    };
}
