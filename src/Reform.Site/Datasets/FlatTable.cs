using System.Globalization;
using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>The reader's table: one row per node per fiscal year, with headers and texts in
/// one language, amounts as plain yen, the fiscal year as a Western year plus a 和暦 label,
/// and the municipality code first. Per plan it has a column per assessment; the all-plans
/// table keeps the plan's headline rating in fixed columns so cities line up.</summary>
internal sealed class FlatTable(ThemeStrings strings)
{
    private readonly Formats _formats = new(strings);

    public (IReadOnlyList<string> Header, IReadOnlyList<bool> Numeric, IReadOnlyList<IReadOnlyList<string>> Rows) ForPlan(Plan plan) =>
        Build([plan], perPlanColumns: true);

    /// <summary>A plan's own table's columns (they follow its assessments), without its rows.</summary>
    public (IReadOnlyList<string> Header, IReadOnlyList<bool> Numeric) ForPlanColumns(Plan plan)
    {
        var (header, numeric, _) = Build([plan], perPlanColumns: true, withRows: false);
        return (header, numeric);
    }

    /// <summary>The all-plans table's columns: fixed, whatever the plans.</summary>
    public (IReadOnlyList<string> Header, IReadOnlyList<bool> Numeric) AllPlansColumns()
    {
        var (header, numeric, _) = Build([], perPlanColumns: false);
        return (header, numeric);
    }

    /// <summary>One plan's rows of the all-plans table, so plans can be done in parallel and
    /// their rows joined in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AllPlansRows(Plan plan) => Build([plan], perPlanColumns: false).Item3;

    private (IReadOnlyList<string>, IReadOnlyList<bool>, IReadOnlyList<IReadOnlyList<string>>) Build(IReadOnlyList<Plan> plans, bool perPlanColumns, bool withRows = true)
    {
        var lang = strings.Lang;
        var header = new List<string>();
        var numeric = new List<bool>();
        void Col(string key, bool isNumber = false) { header.Add(S(key)); numeric.Add(isNumber); }
        Col("flat.municipality_code"); Col("flat.municipality"); Col("flat.plan"); Col("flat.node_id"); Col("flat.parent_id");
        Col("flat.level", true); Col("flat.level_name"); Col("flat.number"); Col("flat.title"); Col("flat.departments");
        Col("flat.fiscal_year", true); Col("flat.fiscal_year_label");
        var plan0 = plans.Count == 1 && perPlanColumns ? plans[0] : null;
        var tallied = plan0 is null ? [] : plan0.Assessments.Where(a => plan0.Tallies.Any(t => t.AssessmentId == a.Id)).ToList();
        if (plan0 is not null)
        {
            foreach (var a in plan0.Assessments) { header.Add(a.Name.For(lang)); numeric.Add(plan0.Scale(a.ScaleId)?.Kind == ScaleKind.Numeric); }
            foreach (var a in tallied)
                foreach (var l in plan0.Scale(a.ScaleId)!.Levels.OrderBy(l => l.Order).Append(null))
                { header.Add(S("flat.count").Replace("{assessment}", a.Name.For(lang)).Replace("{rating}", l?.Symbol ?? S("flat.total"))); numeric.Add(true); }
        }
        else { Col("flat.assessment"); Col("flat.rating"); Col("flat.rating_meaning"); }
        Col("flat.effect_planned", true); Col("flat.effect_actual", true); Col("flat.effect_text");

        var rows = new List<IReadOnlyList<string>>();
        foreach (var plan in withRows ? plans : [])
        {
            // What is the same for every row of the plan, or of a node, is worked out once: a
            // national table has millions of rows, and worked out per row it dominated the
            // downloads' CPU (docs/performance.md).
            var talliedLevels = tallied.Select(a => (Assessment: a, Scale: plan.Scale(a.ScaleId)!))
                .Select(t => (t.Assessment, t.Scale, Levels: t.Scale.Levels.OrderBy(l => l.Order).Append(null).ToList())).ToList();
            var ordinal = plan.Assessments.Where(a => plan.Scale(a.ScaleId)?.Kind == ScaleKind.Ordinal).ToList();
            foreach (var node in plan.Index.InReadingOrder())
            {
                var departments = string.Join(S("list.separator"), plan.Index.DepartmentLinksOf(node.Id).Select(d => plan.Index.Department(d.DepartmentId)?.Name.For(lang)).OfType<string>());
                var levelName = plan.LevelAt(node.Level)?.Name.For(lang) ?? "";
                foreach (var year in Years(plan, node))
                    rows.Add(Row(plan, node, year, header.Count, departments, levelName, plan0 is not null, talliedLevels, ordinal));
            }
        }
        return (header, numeric, rows);
    }

    private List<string> Row(Plan plan, Node node, int? year, int columns, string departments, string levelName, bool perPlanColumns,
        IReadOnlyList<(Assessment Assessment, RatingScale Scale, List<ScaleLevel?> Levels)> talliedLevels, IReadOnlyList<Assessment> ordinal)
    {
        var lang = strings.Lang;
        // Sized to the header: growing every row's list step by step showed in the profile.
        var row = new List<string>(columns)
        {
            plan.Municipality.Code, plan.Municipality.Name.For(lang), plan.Metadata.Title.For(lang), node.Id, node.ParentId ?? "",
            Int(node.Level), levelName, node.Number ?? "", node.Title.For(lang), departments,
            year is int y ? Int(y) : "", year is int y2 ? _formats.FiscalYearEra(y2) : "",
        };
        var ratings = year is int fy ? plan.Index.RatingsOf(node.Id).Where(r => r.FiscalYear == fy).ToList() : [];
        if (perPlanColumns)
        {
            foreach (var a in plan.Assessments) row.Add(Display(plan, ratings.FirstOrDefault(r => r.AssessmentId == a.Id)));
            foreach (var (a, scale, levels) in talliedLevels)
                foreach (var l in levels)
                    row.Add(plan.Index.TalliesOf(node.Id).FirstOrDefault(t => t.FiscalYear == year && t.AssessmentId == a.Id
                        && (l is null ? t.Rating is null : t.Rating is { } code && scale.Level(code)?.Code == l.Code)) is { } tally ? Int(tally.Count) : "");
        }
        else
        {
            var headline = ordinal.Select(a => ratings.FirstOrDefault(r => r.AssessmentId == a.Id)).FirstOrDefault(r => r is not null);
            row.Add(headline is null ? "" : plan.Assessment(headline.AssessmentId)!.Name.For(lang));
            row.Add(Display(plan, headline));
            row.Add(headline is not null && plan.ScaleOf(headline.AssessmentId)?.Level(headline.Value) is { } level ? level.Label.For(lang) : "");
        }
        var effects = year is int e ? plan.Index.EffectsOf(node.Id).Where(x => x.IsSingleYear && x.FiscalYearFrom == e).ToList() : [];
        row.Add(Sum(effects, EffectKind.Planned));
        row.Add(Sum(effects, EffectKind.Actual));
        row.Add(string.Join(" / ", effects.Where(x => x.Text is not null).Select(x => x.Text!.For(lang))));
        return row;
    }

    /// <summary>Every year the node has any data for; a node without dated data gets one row.</summary>
    private static IReadOnlyList<int?> Years(Plan plan, Node node)
    {
        var years = plan.Index.RatingsOf(node.Id).Select(r => r.FiscalYear)
            .Concat(plan.Index.TalliesOf(node.Id).Select(t => t.FiscalYear))
            .Concat(plan.Index.EffectsOf(node.Id).Where(e => e.IsSingleYear).Select(e => e.FiscalYearFrom))
            .Concat(plan.Index.TextsOf(node.Id).Where(t => t.FiscalYear is not null).Select(t => t.FiscalYear!.Value))
            .Concat(plan.Index.ScheduleOf(node.Id).Select(s => s.FiscalYear))
            .Concat(plan.Index.KpisOf(node.Id).SelectMany(k => plan.Index.ValuesOf(k.Id).Select(v => v.FiscalYear)))
            .Distinct().Order().Select(y => (int?)y).ToList();
        return years.Count > 0 ? years : [null];
    }

    private static string Display(Plan plan, Rating? r) =>
        r is null ? "" : plan.ScaleOf(r.AssessmentId)?.Level(r.Value)?.Symbol ?? r.Value;

    private static string Sum(IEnumerable<Effect> effects, EffectKind kind)
    {
        var amounts = effects.Where(e => e.Kind == kind && e.Amount is not null).ToList();
        return amounts.Count == 0 ? "" : amounts.Sum(e => e.Amount!.Yen).ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    private string S(string key) => strings.Get(key) ?? throw new InvalidOperationException($"theme/i18n/{strings.Lang}.json lacks {key}");
}
