using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Model;

namespace Reform.Site.Validation;

/// <summary>Runs every rule over every plan and collects what they report.</summary>
internal static class PlanValidator
{
    public static readonly IReadOnlyList<IPlanRule> Rules =
    [
        new PlanIdentityRule(),
        new PlanDefinitionRule(),
        new DuplicateRule(),
        new ReferenceRule(),
        new HierarchyRule(),
        new PagePathRule(),
        new FiscalYearRule(),
        new RatingValueRule(),
        new RatingArithmeticRule(),
        new TallyRule(),
        new TagRatingRule(),
        new KpiTargetRule(),
        new EffectRule(),
        new ScheduleRule(),
        new TranslationRule(),
        new EnglishEraRule(),
        new AbbreviationRule(),
        new PlaceholderRule(),
        new SpreadsheetChangeRule(),
        new TextKindYearRule(),
    ];

    /// <param name="diagnostics">What reading the plan reported (consistency rules run only when
    /// it found no error in the plan's folder), and where the rules report, unless
    /// <paramref name="findings"/> is given.</param>
    public static void Validate(Plan plan, RawPlan raw, IReadOnlySet<string> topicIds, DiagnosticBag diagnostics, DiagnosticBag? findings = null)
    {
        var context = new PlanContext(plan, raw, topicIds, findings ?? diagnostics);
        var loadedCleanly = !diagnostics.HasErrorsUnder(raw.RelativeFolder + "/");
        foreach (var rule in Rules.Where(candidate => loadedCleanly || candidate is not IConsistencyRule)) rule.Check(context);
    }

    /// <summary>Duplicate topic IDs in the shared vocabulary.</summary>
    public static void ValidateTopics(IReadOnlyList<Topic> topics, DiagnosticBag diagnostics)
    {
        foreach (var dup in topics.GroupBy(topic => topic.Id).Where(group => group.Count() > 1))
            foreach (var t in dup.Skip(1))
                diagnostics.Add(Codes.DuplicateId, t.Source.InColumn("id", 0), value: t.Id, expected: dup.First().Source.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
