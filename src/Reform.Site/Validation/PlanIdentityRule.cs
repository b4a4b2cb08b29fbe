using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>The municipality code is real (check digit) and the folder is named after it and
/// the plan ID, so URLs and folders can never disagree.</summary>
internal sealed class PlanIdentityRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        var code = c.Plan.Municipality.Code;
        if (MunicipalityCode.Problem(code) is { } problem)
            c.Report(Codes.InvalidMunicipalityCode, c.PlanFile("municipality.code"), value: code, expected: problem.En, more: [new("detail_ja", problem.Ja)]);
        var expectedKey = $"{code}-{c.Plan.Metadata.Id}";
        if (c.Plan.Key != expectedKey)
            c.Report(Codes.FolderNameMismatch, c.PlanFile("plan.id"), value: c.Plan.Key, expected: expectedKey);
    }
}
