namespace Reform.Site.Model;

/// <summary>The document a plan's data was transcribed from.</summary>
internal sealed record SourceDocument(LocalizedText Title, string? Url, string? File)
{
    /// <summary>The day the report was downloaded (YYYY-MM-DD), when it was recorded.</summary>
    public string? Retrieved { get; init; }
}

/// <summary>One more publication some of a plan's rows come from (a newsletter, a final report,
/// a year's progress page), besides the report in <c>plan.source</c>: rows name it by
/// <see cref="Id"/> in their <c>source</c> column. <see cref="Published"/> is as in
/// <c>plan.published</c>, or null when the document prints no date.</summary>
internal sealed record ExtraSource(string Id, SourceDocument Document, string? Published);
