using System.Globalization;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>A rating printed per tag (tag_ratings.csv) is a value of its assessment's scale
/// (RS401), a total is the sum of the tag's parts (<c>sum_of</c>, RS505), and any other number is the mean of the ratings of the nodes carrying the tag (RS615).
/// The mean is over the assessment's own ratings, or for a <c>mean_of</c> assessment
/// (「実践項目別評価平均値」) over the ratings it averages, as the nodes' ratings are. It is a
/// warning, not an error: a report may average over nodes the data does not list, or weight
/// them, and then its figure stands.</summary>
internal sealed class TagRatingRule : IConsistencyRule
{
    public void Check(PlanContext c)
    {
        var p = c.Plan;
        if (p.TagRatings.Count == 0) return;
        // A tag's rating of a year is the mean of the nodes' ratings of that year, one over several
        // years or as of a date the mean of theirs of the same period.
        var byKey = p.Ratings.GroupBy(rating => (rating.NodeId, rating.FiscalYear, rating.Period, rating.AssessmentId)).ToDictionary(group => group.Key, group => group.First());
        foreach (var t in p.TagRatings)
        {
            if (p.Assessment(t.AssessmentId) is not { } assessment || p.Scale(assessment.ScaleId) is not { } scale) continue;
            if (scale.Kind == ScaleKind.Ordinal)
            {
                if (scale.Level(t.Value) is null) c.Report(Codes.RatingNotOnScale, t.Source, "value", value: t.Value, expected: scale.Describe());
                continue;
            }
            if (scale.Number(t.Value) is not decimal value)
            {
                c.Report(Codes.RatingNotOnScale, t.Source, "value", value: t.Value, expected: scale.Describe());
                continue;
            }
            if (assessment.SumOf.Count > 0)
            {
                var parts = assessment.SumOf.Select(part => p.TagRatings.FirstOrDefault(r => r.TagId == t.TagId && r.FiscalYear == t.FiscalYear && r.Period == t.Period && r.AssessmentId == part))
                    .Select(r => r is null ? null : p.ScaleOf(r.AssessmentId)?.Number(r.Value)).ToList();
                if (parts.All(part => part is not null) && decimal.Round(parts.Sum(part => part!.Value), scale.Decimals) is var sum && sum != value)
                    c.Report(Codes.ValueNotSumOfParts, t.Source, "value", value: t.Value, expected: sum.ToString(CultureInfo.InvariantCulture));
                continue;
            }
            var averaged = assessment.MeanOf ?? assessment.Id;
            var values = p.Nodes.Where(node => node.Tags.Contains(t.TagId, StringComparer.Ordinal))
                .Select(node => byKey.GetValueOrDefault((node.Id, t.FiscalYear, t.Period, averaged)))
                .Select(rating => rating is null ? null : p.ScaleOf(rating.AssessmentId)?.Number(rating.Value))
                .OfType<decimal>().ToList();
            if (values.Count == 0) continue;
            if (!PrintedMean.Agrees(value, values, scale.Decimals, out var rounded))
                c.Report(Codes.TagValueNotMeanOfNodes, t.Source, "value", value: t.Value, expected: rounded.ToString("F" + scale.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
                    more: [new("tag", t.TagId), new("assessment", assessment.Id), new("count", values.Count.ToString(CultureInfo.InvariantCulture))]);
        }
    }
}
