using System.Globalization;
using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>How a column of a flat table is written: as text (a code kept as typed, or prose that
/// wraps), or as a number (a count, yen, or a score with its scale's decimals).</summary>
internal enum FlatFormat { Code, Text, Prose, Integer, Yen, Decimal }

/// <summary>One column of a flat table: its header, how it is written, and what it holds (the
/// description datapackage.json gives it).</summary>
internal sealed record FlatColumn(string Header, FlatFormat Format, string Description, int Decimals = 0)
{
    public bool IsNumeric => Format is FlatFormat.Integer or FlatFormat.Yen or FlatFormat.Decimal;
}

/// <summary>The reader's table, in one language, with the municipality code first. It has three
/// kinds of row (the <c>row_kind</c> column, the same codes in both languages): <c>item</c>, one per
/// node per fiscal year, with its ratings; <c>count</c>, one per published count (tallies.csv); and
/// <c>effect</c>, one per effect (effects.csv), plan-wide and multi-year ones included. Counts and
/// amounts are only on their own rows, and the <c>sum_level</c> column says which of them may be
/// added up: <c>plan</c> rows are the plan's published totals; <c>top</c> rows are figures of nodes
/// under no other figure of the same kind, which add up to the plan's total where the city
/// published every part; <c>part</c> rows lie inside another figure (or the report does not say
/// where they belong) and are never added to the others.</summary>
/// <remarks>The column list is made here only (<see cref="Columns"/>): the CSV header, the XLSX
/// formats and the datapackage.json fields all come from it. Per plan the table also has a column
/// per assessment (and its code, for ordinal scales); the all-plans table's columns are fixed.</remarks>
internal sealed class FlatTable(ThemeStrings strings, IReadOnlyList<Topic>? topics = null)
{
    public const string ItemRow = "item";
    public const string CountRow = "count";
    public const string EffectRow = "effect";
    public const string PlanLevel = "plan";
    public const string TopLevel = "top";
    public const string PartLevel = "part";

    /// <summary>An amount that is not this plan's own effect over its years (compared with a base
    /// year, or summed over several plans): never added to any other row.</summary>
    public const string OtherLevel = "other";

    private readonly Formats _formats = new(strings);
    private readonly Dictionary<string, Topic> _topics = (topics ?? []).GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>A plan's own table: its columns follow its assessments.</summary>
    public (IReadOnlyList<FlatColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) ForPlan(Plan plan) =>
        (Columns(plan), Rows(plan, perPlanColumns: true));

    /// <summary>The all-plans table's rows of one plan, so plans can be done in parallel and their
    /// rows joined in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> AllPlansRows(Plan plan) => Rows(plan, perPlanColumns: false);

    /// <summary>The table's columns: the all-plans table's (null) or a plan's own.</summary>
    public IReadOnlyList<FlatColumn> Columns(Plan? plan = null)
    {
        var lang = strings.Lang;
        var columns = new List<FlatColumn>();
        void Col(string key, FlatFormat format) => columns.Add(new FlatColumn(S("flat." + key), format, S("flat.about." + key)));
        Col("municipality_code", FlatFormat.Code); Col("municipality", FlatFormat.Text); Col("plan", FlatFormat.Prose);
        Col("row_kind", FlatFormat.Code); Col("sum_level", FlatFormat.Code);
        Col("node_id", FlatFormat.Code); Col("parent_id", FlatFormat.Code);
        Col("level", FlatFormat.Integer); Col("level_name", FlatFormat.Text); Col("number", FlatFormat.Code); Col("title", FlatFormat.Prose);
        Col("departments", FlatFormat.Prose); Col("topic_ids", FlatFormat.Code); Col("topics", FlatFormat.Text);
        Col("fiscal_year", FlatFormat.Integer); Col("fiscal_year_to", FlatFormat.Integer); Col("fiscal_year_label", FlatFormat.Text); Col("as_of", FlatFormat.Code);
        Col("assessment", FlatFormat.Text); Col("rating", FlatFormat.Code); Col("rating_code", FlatFormat.Code); Col("rating_meaning", FlatFormat.Prose);
        if (plan is not null)
            foreach (var a in plan.Assessments)
            {
                var scale = plan.Scale(a.ScaleId);
                var name = a.Name.For(lang);
                if (scale?.Kind == ScaleKind.Numeric)
                    columns.Add(new FlatColumn(name, scale.Decimals > 0 ? FlatFormat.Decimal : FlatFormat.Integer, S("flat.about.assessment_score").Replace("{assessment}", name), scale.Decimals));
                else
                {
                    columns.Add(new FlatColumn(name, FlatFormat.Code, S("flat.about.assessment_rating").Replace("{assessment}", name)));
                    columns.Add(new FlatColumn(S("flat.assessment_code").Replace("{assessment}", name), FlatFormat.Code, S("flat.about.assessment_code").Replace("{assessment}", name)));
                }
            }
        Col("count", FlatFormat.Integer);
        Col("effect_planned", FlatFormat.Yen); Col("effect_actual", FlatFormat.Yen); Col("effect_approximate", FlatFormat.Code); Col("effect_text", FlatFormat.Prose);
        Col("source", FlatFormat.Prose);
        return columns;
    }

    public static IReadOnlyList<string> Headers(IReadOnlyList<FlatColumn> columns) => columns.Select(c => c.Header).ToList();

    public static IReadOnlyList<bool> Numeric(IReadOnlyList<FlatColumn> columns) => columns.Select(c => c.IsNumeric).ToList();

    /// <summary>Per column, whether its CSV cells are written so a spreadsheet keeps them as text
    /// (<see cref="SpreadsheetText.SafeCode"/>): every text column.</summary>
    public static IReadOnlyList<bool> CodeSafe(IReadOnlyList<FlatColumn> columns) => columns.Select(c => !c.IsNumeric).ToList();

    /// <summary>Each column's width and format in the workbook: amounts <c>#,##0</c>, scores with
    /// their scale's decimals, prose wrapped.</summary>
    public static IReadOnlyList<XlsxColumn> Xlsx(IReadOnlyList<FlatColumn> columns) => columns.Select(c => c.Format switch
    {
        FlatFormat.Code => new XlsxColumn(12, XlsxCellFormat.Text),
        FlatFormat.Text => new XlsxColumn(20, XlsxCellFormat.Text),
        FlatFormat.Prose => new XlsxColumn(40, XlsxCellFormat.WrappedText),
        FlatFormat.Integer => new XlsxColumn(10, XlsxCellFormat.Integer),
        FlatFormat.Yen => new XlsxColumn(18, XlsxCellFormat.Thousands),
        _ => new XlsxColumn(10, XlsxCellFormat.Decimal, c.Decimals),
    }).ToList();

    private List<IReadOnlyList<string>> Rows(Plan plan, bool perPlanColumns)
    {
        var lang = strings.Lang;
        var width = Columns(perPlanColumns ? plan : null).Count;
        var rows = new List<IReadOnlyList<string>>();
        var ordinal = plan.Assessments.Where(a => plan.Scale(a.ScaleId)?.Kind == ScaleKind.Ordinal).ToList();
        var none = new NodeCells("", "", "", "", "", "", "", "", "");
        // What is the same for every row of a node is worked out once: a national table has
        // millions of rows, and worked out per row it dominated the downloads' CPU (docs/performance.md).
        foreach (var tally in plan.Index.TalliesOf(null)) rows.Add(CountCells(plan, none, tally, tally.IsApart ? OtherLevel : PlanLevel, width, perPlanColumns));
        foreach (var effect in plan.Index.EffectsOf(null)) rows.Add(EffectCells(plan, none, effect, effect.IsOwn ? PlanLevel : OtherLevel, width, perPlanColumns));
        foreach (var node in plan.Index.InReadingOrder())
        {
            var cells = NodeCellsOf(plan, node);
            foreach (var period in Periods(plan, node))
                rows.Add(ItemCells(plan, node, cells, period, width, perPlanColumns, ordinal));
            var ancestors = plan.Index.Ancestors(node);
            var placed = plan.Index.Roots.Contains(ancestors.Count > 0 ? ancestors[0] : node);
            foreach (var tally in plan.Index.TalliesOf(node.Id))
            {
                var inside = !placed || ancestors.Any(a => plan.Index.TalliesOf(a.Id).Any(t => t.FiscalYear == tally.FiscalYear && t.AssessmentId == tally.AssessmentId
                    && Code(plan, t.AssessmentId, t.Rating) == Code(plan, tally.AssessmentId, tally.Rating)));
                rows.Add(CountCells(plan, cells, tally, tally.IsApart ? OtherLevel : inside ? PartLevel : TopLevel, width, perPlanColumns));
            }
            foreach (var effect in plan.Index.EffectsOf(node.Id))
            {
                var inside = !placed || ancestors.Any(a => plan.Index.EffectsOf(a.Id).Any(e => e.Amount is not null && e.IsOwn && e.Kind == effect.Kind
                    && e.FiscalYearFrom == effect.FiscalYearFrom && e.FiscalYearTo == effect.FiscalYearTo));
                rows.Add(EffectCells(plan, cells, effect, !effect.IsOwn ? OtherLevel : inside ? PartLevel : TopLevel, width, perPlanColumns));
            }
        }
        return rows;

        NodeCells NodeCellsOf(Plan plan, Node node) => new(
            node.Id, node.ParentId ?? "", Int(node.Level), plan.LevelAt(node.Level)?.Name.For(lang) ?? "", node.Number ?? "", node.Title.For(lang),
            string.Join(S("list.separator"), plan.Index.DepartmentLinksOf(node.Id).Select(d => plan.Index.Department(d.DepartmentId)?.Name.For(lang)).OfType<string>()),
            string.Join(";", node.Topics),
            string.Join(S("list.separator"), node.Topics.Select(t => _topics.TryGetValue(t, out var topic) ? topic.Name.For(lang) : t)));
    }

    /// <summary>The cells of a node that every row of it repeats.</summary>
    private sealed record NodeCells(string Id, string ParentId, string Level, string LevelName, string Number, string Title, string Departments, string TopicIds, string Topics);

    private List<string> Start(Plan plan, string kind, string sumLevel, NodeCells node, int? from, int? to, int width, string? asOf = null)
    {
        var lang = strings.Lang;
        // Sized to the header: growing every row's list step by step showed in the profile.
        var row = new List<string>(width)
        {
            plan.Municipality.Code, plan.Municipality.Name.For(lang), plan.Metadata.Title.For(lang), kind, sumLevel,
            node.Id, node.ParentId, node.Level, node.LevelName, node.Number, node.Title, node.Departments, node.TopicIds, node.Topics,
            from is int f ? Int(f) : "", to is int t ? Int(t) : "",
            from is int f2 ? (to is int t2 && t2 != f2 ? $"{_formats.FiscalYearEra(f2)}{S("period.to")}{_formats.FiscalYearEra(t2)}" : _formats.FiscalYearEra(f2)) : "",
            asOf ?? "",
        };
        return row;
    }

    private List<string> ItemCells(Plan plan, Node node, NodeCells cells, Period? period, int width, bool perPlanColumns, IReadOnlyList<Assessment> ordinal)
    {
        var lang = strings.Lang;
        var row = Start(plan, ItemRow, "", cells, period?.Kind.From ?? period?.Year, period?.Year, width, period?.Kind.AsOf);
        var ratings = period is { } p ? plan.Index.RatingsOf(node.Id).Where(r => r.FiscalYear == p.Year && r.Period == p.Kind).ToList() : [];
        var headline = ordinal.Select(a => ratings.FirstOrDefault(r => r.AssessmentId == a.Id)).FirstOrDefault(r => r is not null);
        var level = headline is null ? null : plan.ScaleOf(headline.AssessmentId)?.Level(headline.Value);
        row.Add(headline is null ? "" : plan.Assessment(headline.AssessmentId)!.Name.For(lang));
        row.Add(Display(plan, headline));
        row.Add(level?.Code ?? "");
        row.Add(level?.Label.For(lang) ?? "");
        if (perPlanColumns)
            foreach (var a in plan.Assessments)
            {
                var r = ratings.FirstOrDefault(x => x.AssessmentId == a.Id);
                row.Add(Display(plan, r));
                if (plan.Scale(a.ScaleId)?.Kind != ScaleKind.Numeric) row.Add(r is null ? "" : plan.ScaleOf(a.Id)?.Level(r.Value)?.Code ?? "");
            }
        row.AddRange(["", "", "", "", "", Sources(plan, ratings.Count > 0 ? ratings.Select(r => r.Source) : [node.Source])]);
        return row;
    }

    private List<string> CountCells(Plan plan, NodeCells cells, Tally tally, string sumLevel, int width, bool perPlanColumns)
    {
        var lang = strings.Lang;
        var row = Start(plan, CountRow, sumLevel, cells, tally.FiscalYearFrom ?? tally.FiscalYear, tally.FiscalYear, width, tally.AsOf);
        var level = tally.Rating is { } code ? plan.ScaleOf(tally.AssessmentId)?.Level(code) : null;
        row.Add(plan.Assessment(tally.AssessmentId)?.Name.For(lang) ?? tally.AssessmentId);
        row.Add(tally.Rating is null ? S("flat.total") : level?.Symbol ?? (tally.IsNotRated ? S("tallies.not_rated") : tally.Rating));
        row.Add(tally.Rating is null ? "" : level?.Code ?? tally.Rating);
        row.Add(level?.Label.For(lang) ?? "");
        Blank(plan, row, perPlanColumns);
        row.AddRange([Int(tally.Count), "", "", "", "", Sources(plan, [tally.Source])]);
        return row;
    }

    private List<string> EffectCells(Plan plan, NodeCells cells, Effect effect, string sumLevel, int width, bool perPlanColumns)
    {
        var row = Start(plan, EffectRow, sumLevel, cells, effect.FiscalYearFrom, effect.FiscalYearTo, width);
        row.AddRange(["", "", "", ""]);
        Blank(plan, row, perPlanColumns);
        var yen = effect.Amount is { } m ? m.Yen.ToString("0.##", CultureInfo.InvariantCulture) : "";
        row.AddRange(["", effect.Kind == EffectKind.Planned ? yen : "", effect.Kind == EffectKind.Actual ? yen : "",
            effect.Approximate ? "true" : "", effect.Text?.For(strings.Lang) ?? "", Sources(plan, [effect.Source])]);
        return row;
    }

    private static void Blank(Plan plan, List<string> row, bool perPlanColumns)
    {
        if (!perPlanColumns) return;
        foreach (var a in plan.Assessments)
        {
            row.Add("");
            if (plan.Scale(a.ScaleId)?.Kind != ScaleKind.Numeric) row.Add("");
        }
    }

    private static string? Code(Plan plan, string assessment, string? rating) =>
        rating is null ? null : plan.ScaleOf(assessment)?.Level(rating)?.Code ?? rating;

    /// <summary>A year a node has data for, or apart from it a rating over several years or as of
    /// a date during it (<see cref="Rating.Period"/>): each is a row of its own.</summary>
    private sealed record Period(int Year, (int? From, string? AsOf) Kind);

    /// <summary>Every year the node has data for other than its counts and effects (which have rows
    /// of their own), and every rating over several years or as of a date, after the year it ends
    /// in or falls in; a node without dated data gets one row.</summary>
    private static IReadOnlyList<Period?> Periods(Plan plan, Node node)
    {
        var years = plan.Index.RatingsOf(node.Id).Where(r => !r.IsApart).Select(r => r.FiscalYear)
            .Concat(plan.Index.TextsOf(node.Id).Where(t => t.FiscalYear is not null).Select(t => t.FiscalYear!.Value))
            .Concat(plan.Index.ScheduleOf(node.Id).Select(s => s.FiscalYear))
            .Concat(plan.Index.KpisOf(node.Id).SelectMany(k => plan.Index.ValuesOf(k.Id).Select(v => v.FiscalYear)))
            .Select(y => new Period(y, (null, null)));
        var apart = plan.Index.RatingsOf(node.Id).Where(r => r.IsApart).Select(r => new Period(r.FiscalYear, r.Period));
        var periods = years.Concat(apart).Distinct()
            .OrderBy(p => p.Year).ThenBy(p => p.Kind.AsOf is not null ? 0 : p.Kind.From is null ? 1 : 2)
            .ThenBy(p => p.Kind.AsOf, StringComparer.Ordinal).ThenBy(p => p.Kind.From)
            .Select(p => (Period?)p).ToList();
        return periods.Count > 0 ? periods : [null];
    }

    /// <summary>Which publications a row's figures came from, by title as a reader would cite
    /// them: the report itself (plan.source) or another of plan.sources.</summary>
    private string Sources(Plan plan, IEnumerable<Diagnostics.RowSource> rows) =>
        string.Join(S("list.separator"), rows.Select(row => plan.Provenance.GetValueOrDefault(row)).Distinct()
            .Select(id => (id is null ? plan.Metadata.Source : plan.Metadata.Sources.FirstOrDefault(s => s.Id == id)?.Document)?.Title.For(strings.Lang) ?? id ?? ""));

    private static string Display(Plan plan, Rating? r) =>
        r is null ? "" : plan.ScaleOf(r.AssessmentId)?.Level(r.Value)?.Symbol ?? r.Value;

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);

    private string S(string key) => strings.Get(key) ?? throw new InvalidOperationException($"theme/i18n/{strings.Lang}.json lacks {key}");
}
