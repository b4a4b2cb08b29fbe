namespace Reform.Site.Rendering.Views;

internal sealed record KpiView(TextView Name, TextView? Unit, decimal? Baseline, int? BaselineFiscalYear, decimal? Target, int? TargetFiscalYear, IReadOnlyList<KpiValueView> Values)
{
    /// <summary>The target as a bound, as its code (at-least, less-than, …); null for a plain target.</summary>
    public string? Comparison { get; init; }

    /// <summary>Whether the latest actual value meets the bound; null when there is no bound or no actual value.</summary>
    public bool? Met { get; init; }

    /// <summary>The fiscal year and value of the latest actual value <see cref="Met"/> was judged on.</summary>
    public int? MetYear { get; init; }

    public decimal? MetValue { get; init; }
}
