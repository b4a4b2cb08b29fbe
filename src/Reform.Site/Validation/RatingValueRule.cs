using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>Every rating is a value of its assessment's scale: a defined level (by code or
/// printed symbol) or a number in range with the scale's decimals.</summary>
internal sealed class RatingValueRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        foreach (var r in c.Plan.Ratings)
        {
            if (c.Plan.ScaleOf(r.AssessmentId) is not { } scale) continue;
            var ok = scale.Kind == ScaleKind.Ordinal ? scale.Level(r.Value) is not null : scale.Number(r.Value) is not null;
            if (!ok) c.Report(Codes.RatingNotOnScale, r.Source, "value", value: r.Value, expected: scale.Describe());
        }
    }
}
