using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>The published counts for one scope (a node, or the plan when NodeId is null), one
/// year and one assessment: a count per rating code and, usually, the total.</summary>
internal sealed record TallyGroup
{
    public required string? NodeId { get; init; }
    public required int FiscalYear { get; init; }

    /// <summary>The first year of a count over several years; null for one year's count.</summary>
    public int? FiscalYearFrom { get; init; }

    /// <summary>The date of a count taken during the year; null for the year's count.</summary>
    public string? AsOf { get; init; }
    public required string AssessmentId { get; init; }
    public required Tally? Total { get; init; }
    /// <summary>The counts of the rated items, by rating code (not the items not rated).</summary>
    public required IReadOnlyDictionary<string, int> ByRating { get; init; }

    /// <summary>The published count of items not rated (<see cref="Tally.NotRated"/>), null when not published.</summary>
    public required int? NotRated { get; init; }
    public required IReadOnlyList<(string? Code, int Count, RowSource Source)> Cells { get; init; }

    public static IReadOnlyList<TallyGroup> All(Plan p) =>
        p.Tallies.GroupBy(tally => (tally.NodeId, tally.FiscalYear, tally.AssessmentId, tally.Period)).Select(group =>
        {
            var cells = group.Select(tally => (Code: tally.Rating is null ? null : Normalize(p, tally), tally.Count, tally.Source)).ToList();
            var byRating = cells.Where(cell => cell.Code is not null and not Tally.NotRated).GroupBy(cell => cell.Code!)
                .ToDictionary(codeGroup => codeGroup.Key, codeGroup => codeGroup.First().Count, StringComparer.Ordinal);
            return new TallyGroup
            {
                NodeId = group.Key.NodeId,
                FiscalYear = group.Key.FiscalYear,
                FiscalYearFrom = group.Key.Period.From,
                AsOf = group.Key.Period.AsOf,
                AssessmentId = group.Key.AssessmentId,
                Total = group.FirstOrDefault(tally => tally.Rating is null),
                ByRating = byRating,
                NotRated = group.FirstOrDefault(tally => tally.IsNotRated)?.Count,
                Cells = cells,
            };
        }).ToList();

    /// <summary>The count for a rating code, or the total when <paramref name="code"/> is null.</summary>
    public int Count(string? code) => code switch
    {
        null => Total?.Count ?? ByRating.Values.Sum(),
        Tally.NotRated => NotRated ?? 0,
        _ => ByRating.GetValueOrDefault(code),
    };

    /// <summary>Ratings may be written by code or by printed symbol; both count as the code.</summary>
    private static string Normalize(Plan p, Tally t) => t.IsNotRated ? Tally.NotRated : p.ScaleOf(t.AssessmentId)?.Level(t.Rating!)?.Code ?? t.Rating!;
}
