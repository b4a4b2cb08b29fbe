namespace Reform.Site.Rendering.Views;

/// <summary>The ratings a report printed per tag in one year (苫小牧市's テーマ別・評価集計), or over
/// several years, or as of a date during a year (<see cref="Period"/>): one row per tag, with how
/// many nodes of each level carry it and each assessment's value.</summary>
internal sealed record TagTableView(
    int FiscalYear,
    IReadOnlyList<TextView> Levels,
    IReadOnlyList<TextView> Assessments,
    IReadOnlyList<TagRowView> Rows)
{
    /// <summary>The table's period, as a ratings table's column says it.</summary>
    public RatingColumnView Period { get; init; } = new(FiscalYear);
}

/// <summary>One tag's row: <see cref="Counts"/> per level of <see cref="TagTableView.Levels"/>,
/// <see cref="Values"/> per assessment as printed (a level's symbol, or the number; empty when
/// the report gave none).</summary>
internal sealed record TagRowView(TextView Tag, IReadOnlyList<int> Counts, IReadOnlyList<string> Values);
