using Reform.Site.Diagnostics;

namespace Reform.Site.Validation;

/// <summary>plan.json's own cross-references: assessments name existing evaluators, scales and
/// assessments; IDs within each vocabulary are unique; levels are numbered 1, 2, 3, …; a report's
/// own count of items names a level and is at least as many as the data lists.</summary>
internal sealed class PlanDefinitionRule : IPlanRule
{
    public void Check(PlanContext c)
    {
        var p = c.Plan;
        for (var i = 0; i < p.Assessments.Count; i++)
        {
            var a = p.Assessments[i];
            var path = $"assessments[{i}].";
            if (p.Evaluators.All(evaluator => evaluator.Id != a.EvaluatorId)) c.Report(Codes.UndefinedPlanReference, c.PlanFile(path + "evaluator"), value: a.EvaluatorId);
            if (p.Scale(a.ScaleId) is null) c.Report(Codes.UndefinedPlanReference, c.PlanFile(path + "scale"), value: a.ScaleId);
            foreach (var part in a.SumOf.Where(partId => p.Assessment(partId) is null))
                c.Report(Codes.UndefinedPlanReference, c.PlanFile(path + "sum_of"), value: part);
            if (a.MeanOf is { } m && p.Assessment(m) is null) c.Report(Codes.UndefinedPlanReference, c.PlanFile(path + "mean_of"), value: m);
        }
        Unique(c, "evaluators", p.Evaluators.Select(evaluator => evaluator.Id));
        Unique(c, "scales", p.Scales.Select(scale => scale.Id));
        Unique(c, "assessments", p.Assessments.Select(assessment => assessment.Id));
        Unique(c, "tags", p.Tags.Select(tag => tag.Id));
        Unique(c, "plan.sources", p.Metadata.Sources.Select(source => source.Id));
        Unique(c, "text_kinds", p.TextKinds.Select(textKind => textKind.Id));
        foreach (var s in p.Scales) Unique(c, $"scales({s.Id}).levels", s.Levels.Select(level => level.Code));
        var depths = p.Levels.Select(level => level.Depth).ToList();
        if (!depths.SequenceEqual(Enumerable.Range(1, depths.Count)))
            c.Report(Codes.InvalidField, c.PlanFile("levels"), value: "Number the levels' depth 1, 2, 3, … in order.", more: [new("detail_ja", "levels の depth は 1, 2, 3, … と順に番号を付けてください。")]);
        if (p.Metadata.ReportItems is { } items)
        {
            var listed = p.Nodes.Count(node => node.Level == items.Level);
            if (!depths.Contains(items.Level))
                c.Report(Codes.InvalidField, c.PlanFile("plan.report_items.level"), value: $"{items.Level} is not a depth of levels (1–{depths.Count}).",
                    more: [new("detail_ja", $"{items.Level} は levels の depth（1～{depths.Count}）にありません。")]);
            else if (listed > items.Count)
                c.Report(Codes.InvalidField, c.PlanFile("plan.report_items.count"), value: $"The data lists {listed} nodes of level {items.Level}, more than the report's {items.Count}.",
                    more: [new("detail_ja", $"データには階層 {items.Level} の項目が {listed} 件あり、報告書の {items.Count} 件より多くなっています。")]);
        }
    }

    private static void Unique(PlanContext c, string path, IEnumerable<string> ids)
    {
        foreach (var dup in ids.GroupBy(id => id).Where(group => group.Count() > 1))
            c.Report(Codes.DuplicateId, c.PlanFile(path), value: dup.Key, expected: "plan.json");
    }
}
