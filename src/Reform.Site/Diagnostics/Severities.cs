namespace Reform.Site.Diagnostics;

/// <summary>A severity as the catalogue and every report write it (<c>error</c>, <c>warning</c>):
/// one mapping, so the reports cannot drift apart.</summary>
internal static class Severities
{
    public static string ToCode(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>The severity written as <paramref name="code"/>, or null for anything else.</summary>
    public static Severity? Parse(string? code) => code switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        _ => null,
    };
}
