using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>Per topic, the nodes of every plan mapped to it, as a small table of its own (CSV per
/// language, and an XLSX with a sheet per language): plan, municipality code, municipality, node
/// id, number, title, latest rating with its fiscal year, lead department. Linked from the topic's
/// page and described in <c>datapackage.json</c>; a topic without nodes still gets its files (a header row), so the link always resolves.</summary>
/// <remarks>The latest rating is the rating of the node's latest fiscal year on the first of the
/// plan's assessments rated that year, as printed. The lead departments are those with role
/// <c>lead</c> (or with no role), joined with <c>; </c>; all of them where none is lead.</remarks>
internal static class TopicTable
{
    private static readonly LocalizedText[] Columns =
    [
        new("計画", "Plan"),
        new("全国地方公共団体コード", "Municipality code"),
        new("自治体", "Municipality"),
        new("項目ID", "Node id"),
        new("番号", "Number"),
        new("項目名", "Title"),
        new("最新の評価", "Latest rating"),
        new("評価年度（西暦）", "Rating fiscal year"),
        new("担当課", "Department"),
    ];

    private static readonly bool[] Numeric = [false, false, false, false, false, false, false, true, false];

    /// <summary>Writes every topic's files into <paramref name="list"/>, topics in data order, Japanese first.</summary>
    /// <remarks>The topics are made side by side, each into its own part of the list, appended in
    /// order: one after the other, they held up the all-plans files' ZIP in a one-plan rebuild
    /// (docs/performance.md).</remarks>
    public static void AddAll(DownloadList list, DataSet data)
    {
        var parts = data.Topics.Select(_ => list.Part()).ToArray();
        Parallel.For(0, parts.Length, i => Add(parts[i], data, data.Topics[i]));
        foreach (var part in parts) list.Append(part);
    }

    private static void Add(DownloadList list, DataSet data, Topic topic)
    {
        var sheets = new List<XlsxSheet>();
        foreach (var lang in Language.All)
        {
            var header = Columns.Select(c => c.For(lang)).ToList();
            var rows = Rows(data, topic.Id, lang);
            list.Add(SitePaths.TopicTable(topic.Id, lang), s => CsvFile.Write(s, header, rows), "CSV", "text/csv", rows.Count, null,
                LocalizedText.Of($"分野「{topic.Name.Ja}」の項目（{LanguageNames.Of(lang).Ja}）", $"Topic “{topic.Name.For(Language.En)}”: items ({LanguageNames.Of(lang).En})"), "topic");
            list.Resources.Add(DataPackage.FlatResource($"topic-{topic.Id}-{lang}", SitePaths.TopicTable(topic.Id, lang), header, Numeric, rows.Count));
            sheets.Add(new XlsxSheet($"topic_{lang}", header, Numeric, rows));
        }
        list.Add(SitePaths.TopicWorkbook(topic.Id), s => XlsxWorkbook.Write(s, sheets), "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null, null,
            LocalizedText.Of($"分野「{topic.Name.Ja}」の項目（Excel）", $"Topic “{topic.Name.For(Language.En)}”: items (Excel)"), "topic", zipped: false);
    }

    /// <summary>The topic's rows: plans in data order, each plan's nodes in reading order.</summary>
    public static List<IReadOnlyList<string>> Rows(DataSet data, string topicId, Language lang) =>
        data.Plans.SelectMany(p => p.Index.InReadingOrder().Where(n => n.Topics.Contains(topicId)).Select(n => Row(p, n, lang))).ToList();

    private static IReadOnlyList<string> Row(Plan plan, Node node, Language lang)
    {
        var latest = LatestRating(plan, node.Id);
        // The plan's lookups, not a scan of its rows per node: every topic's rows scanned every
        // rating and department link of the plan, a second and a half at 10k (docs/performance.md).
        var departments = plan.Index.DepartmentLinksOf(node.Id).ToList();
        var lead = departments.Where(d => d.Role is null or "lead").ToList();
        var names = (lead.Count > 0 ? lead : departments)
            .Select(d => plan.Index.Department(d.DepartmentId)?.Name.For(lang) ?? d.DepartmentId);
        return [plan.Key, plan.Municipality.Code, plan.Municipality.Name.For(lang), node.Id, node.Number ?? "", node.Title.For(lang),
            latest?.Value ?? "", latest?.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", string.Join("; ", names)];
    }

    /// <summary>The node's rating of its latest year on the plan's first assessment rated then; a
    /// year's rating, not one over several years or as of a date, which the year would misname.</summary>
    public static Rating? LatestRating(Plan plan, string nodeId)
    {
        var ratings = plan.Index.RatingsOf(nodeId).Where(r => !r.IsApart).ToList();
        if (ratings.Count == 0) return null;
        var year = ratings.Max(r => r.FiscalYear);
        var order = plan.Assessments.Select(a => a.Id).ToList();
        return ratings.Where(r => r.FiscalYear == year).OrderBy(r => order.IndexOf(r.AssessmentId) is var i && i < 0 ? int.MaxValue : i).First();
    }
}
