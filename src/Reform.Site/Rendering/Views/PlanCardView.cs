namespace Reform.Site.Rendering.Views;

/// <summary>A plan as listed on the home page and in every page's header.</summary>
public sealed record PlanCardView(
    string Key,
    string Path,
    string MunicipalityCode,
    TextView Municipality,
    TextView? Prefecture,
    TextView Title,
    TextView ReportTitle,
    int PeriodFrom,
    int? PeriodTo,
    int ReportedFiscalYear,
    TextView Publisher,
    string Published,
    TextView SourceTitle,
    string? SourceUrl,
    int NodeCount,
    int DepartmentCount);
