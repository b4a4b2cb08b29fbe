using System.Globalization;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>Figures a report repeats must agree: a total equals the sum of its axes
/// (<c>sum_of</c>), and a summary score equals the mean of its sub-items' scores
/// (<c>mean_of</c>), rounded as the report rounds.</summary>
internal sealed class RatingArithmeticRule : IConsistencyRule
{
    public void Check(PlanContext c)
    {
        var p = c.Plan;
        // A total and its parts, or a mean and what it averages, are of the same period: a rating
        // over several years or as of a date is checked only against its own kind.
        var byKey = p.Ratings.GroupBy(rating => (rating.NodeId, rating.FiscalYear, rating.Period, rating.AssessmentId)).ToDictionary(group => group.Key, group => group.First());
        foreach (var r in p.Ratings)
        {
            if (p.Assessment(r.AssessmentId) is not { } a || p.Scale(a.ScaleId) is not { Kind: ScaleKind.Numeric } scale) continue;
            if (scale.Number(r.Value) is not decimal value) continue;
            if (a.SumOf.Count > 0)
            {
                var parts = a.SumOf.Select(partId => byKey.GetValueOrDefault((r.NodeId, r.FiscalYear, r.Period, partId))).ToList();
                if (parts.All(part => part is not null) && parts.Select(part => Value(p, part!)).ToList() is var values && values.All(partValue => partValue is not null))
                {
                    var sum = values.Sum(partValue => partValue!.Value);
                    if (decimal.Round(sum, scale.Decimals) != value)
                        c.Report(Codes.ValueNotSumOfParts, r.Source, "value", value: r.Value, expected: Str(sum));
                }
            }
            if (a.MeanOf is { } meanOf)
            {
                var values = p.Index.Children(r.NodeId)
                    .Select(child => byKey.GetValueOrDefault((child.Id, r.FiscalYear, r.Period, meanOf)))
                    .Where(childRating => childRating is not null).Select(childRating => Value(p, childRating!)).OfType<decimal>().ToList();
                if (values.Count == 0) continue;
                if (!PrintedMean.Agrees(value, values, scale.Decimals, out var rounded))
                    c.Report(Codes.ValueNotMeanOfSubItems, r.Source, "value", value: r.Value, expected: Str(rounded));
            }
        }
    }

    private static decimal? Value(Plan p, Rating r) => p.ScaleOf(r.AssessmentId)?.Number(r.Value);

    private static string Str(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
