namespace Reform.Site.Rendering.Views;

/// <summary>A plan as listed on the home page and in every page's header.</summary>
internal sealed record PlanCardView
{
    public required string Key { get; init; }
    public required string Path { get; init; }
    public required string MunicipalityCode { get; init; }
    public required TextView Municipality { get; init; }
    public required TextView? Prefecture { get; init; }
    public required TextView Title { get; init; }
    public required TextView ReportTitle { get; init; }
    public required int PeriodFrom { get; init; }
    public required int? PeriodTo { get; init; }

    /// <summary>The end before the plan was extended, when it was.</summary>
    public required int? PeriodOriginalTo { get; init; }

    /// <summary>For a partial list: how many nodes of the report's counted level the data lists, and the report's count.</summary>
    public required int? ListedItems { get; init; }

    public required int? ReportItems { get; init; }
    public required int ReportedFiscalYear { get; init; }
    public required TextView Publisher { get; init; }
    public required string Published { get; init; }

    /// <summary>Whether the report prints a date (plan.published is not "unknown").</summary>
    public bool PublishedKnown { get; init; } = true;

    /// <summary>The date is the transcriber's estimate: shown as 「2022年ごろ」.</summary>
    public bool PublishedApproximate { get; init; }
    public required TextView SourceTitle { get; init; }
    public required string? SourceUrl { get; init; }

    /// <summary>The day the report was downloaded, when recorded (YYYY-MM-DD).</summary>
    public string? SourceRetrieved { get; init; }

    /// <summary>The other publications some rows came from (plan.sources).</summary>
    public IReadOnlyList<SourceView> OtherSources { get; init; } = [];
    public required int NodeCount { get; init; }
    public required int DepartmentCount { get; init; }
}
