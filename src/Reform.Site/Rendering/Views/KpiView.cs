namespace Reform.Site.Rendering.Views;

internal sealed record KpiView(TextView Name, TextView? Unit, decimal? Baseline, int? BaselineFiscalYear, decimal? Target, int? TargetFiscalYear, IReadOnlyList<KpiValueView> Values);
