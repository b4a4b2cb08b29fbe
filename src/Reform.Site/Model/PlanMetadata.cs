namespace Reform.Site.Model;

/// <summary>What plan.json says about the plan and the published report.</summary>
internal sealed record PlanMetadata
{
    public required string Id { get; init; }
    public required LocalizedText Title { get; init; }
    public required LocalizedText ReportTitle { get; init; }
    public required FiscalPeriod Period { get; init; }
    public required int ReportedFiscalYear { get; init; }
    public required LocalizedText Publisher { get; init; }
    public required string Published { get; init; }

    /// <summary>The date is the transcriber's estimate (「2022年ごろ」), not printed in the report.</summary>
    public bool PublishedApproximate { get; init; }

    /// <summary>The publication date fit for metadata (dct:issued, datePublished): null when the
    /// report prints none or the date is only an estimate, so no date is ever invented.</summary>
    public string? PrintedDate => PublishedApproximate || !PublishedDate.IsDate(Published) ? null : Published;
    public required SourceDocument Source { get; init; }

    /// <summary>Other publications rows come from (plan.sources), in plan.json order.</summary>
    public IReadOnlyList<ExtraSource> Sources { get; init; } = [];
    public required LocalizedText? Description { get; init; }
    public required string License { get; init; }

    /// <summary>The report's own count of items at one depth, when its list is not complete; null otherwise.</summary>
    public ReportItems? ReportItems { get; init; }

    /// <summary>The staff's notes on changes since the data was first published (plan.change_notes),
    /// newest first.</summary>
    public IReadOnlyList<ChangeNote> ChangeNotes { get; init; } = [];

    /// <summary>Who answers readers' questions about the plan (plan.contact); null when plan.json names no one.</summary>
    public PlanContact? Contact { get; init; }
}
