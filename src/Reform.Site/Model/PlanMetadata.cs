namespace Reform.Site.Model;

/// <summary>What plan.json says about the plan and the published report.</summary>
public sealed record PlanMetadata(
    string Id,
    LocalizedText Title,
    LocalizedText ReportTitle,
    FiscalPeriod Period,
    int ReportedFiscalYear,
    LocalizedText Publisher,
    string Published,
    SourceDocument Source,
    LocalizedText? Description,
    string License);
