using System.Globalization;
using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>What the DCAT catalogue (<see cref="DcatCatalog"/>) and the schema.org Dataset of the
/// downloads pages (<see cref="DatasetJsonLd"/>) say alike, all derived from plan.json: a plan's
/// title, its description in each language, the municipality's URI, the dates and the period.</summary>
internal static class LinkedData
{
    /// <summary>The site's name, which names the all-plans dataset and the catalogue.</summary>
    public static readonly LocalizedText SiteName = Content.SiteConfig.Default.Name;

    /// <summary>The plan's title, led by the municipality's name unless the title already holds it
    /// (「仙台市役所経営プラン」, not 「仙台市 仙台市役所経営プラン」; likewise in English).</summary>
    public static LocalizedText Title(Plan plan) => new(
        WithCity(plan.Municipality.Name.Ja, plan.Metadata.Title.Ja),
        WithCity(plan.Municipality.Name.En ?? plan.Municipality.Name.Ja, plan.Metadata.Title.En ?? plan.Metadata.Title.Ja));

    private static string WithCity(string city, string title) => title.Contains(city, StringComparison.Ordinal) ? title : $"{city} {title}";

    /// <summary>The statistical area code (e-Stat LOD) of the municipality: the 全国地方公共団体コード
    /// without its check digit. Null when the code is not a 6-digit one.</summary>
    public static string? MunicipalityUri(Municipality municipality) =>
        municipality.Code.Length == 6 && municipality.Code.All(char.IsAsciiDigit) ? $"http://data.e-stat.go.jp/lod/sac/C{municipality.Code[..5]}" : null;

    /// <summary>The first day of the first fiscal year (1 April).</summary>
    public static string PeriodStart(int fromYear) => $"{fromYear.ToString(CultureInfo.InvariantCulture)}-04-01";

    /// <summary>The last day of the last fiscal year (31 March of the next calendar year).</summary>
    public static string PeriodEnd(int toYear) => $"{(toYear + 1).ToString(CultureInfo.InvariantCulture)}-03-31";

    /// <summary>The years the plans cover together: the earliest start and the latest end (null when any is open-ended).</summary>
    public static (int From, int? To) Span(IReadOnlyList<Plan> plans) =>
        (plans.Min(p => p.Metadata.Period.From), plans.Any(p => p.Metadata.Period.To is null) ? null : plans.Max(p => p.Metadata.Period.To));

    /// <summary>The earliest and the latest publication date of the plans' reports (ISO strings of
    /// different precision compare correctly by ordinal prefix).</summary>
    /// <summary>The earliest and latest printed publication dates; null when no plan prints one
    /// (an unknown or estimated date is never put into metadata).</summary>
    public static (string? First, string? Last) Published(IReadOnlyList<Plan> plans)
    {
        var dates = plans.Select(p => p.Metadata.PrintedDate).OfType<string>().Order(StringComparer.Ordinal).ToList();
        return dates.Count == 0 ? (null, null) : (dates[0], dates[^1]);
    }

    /// <summary>The XML Schema datatype of a publication date as precise as plan.json gives it.</summary>
    public static string DateType(string published) => published.Length switch
    {
        4 => "xsd:gYear",
        7 => "xsd:gYearMonth",
        _ => "xsd:date",
    };

    /// <summary>The licence all the plans share, or null when they differ (the all-plans files then have none of their own).</summary>
    public static Licenses.License? SharedLicense(IReadOnlyList<Plan> plans) =>
        plans.Select(p => p.Metadata.License).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is [var only] && Licenses.Of(only) is { Url.Length: > 0 } license ? license : null;

    /// <summary>What the plan's tables hold, in the reader's words.</summary>
    private static List<LocalizedText> Contents(IEnumerable<Plan> plans)
    {
        var list = plans.ToList();
        var contents = new List<LocalizedText> { LocalizedText.Of("取組の階層", "the hierarchy of initiatives") };
        if (list.Any(p => p.Ratings.Count > 0)) contents.Add(LocalizedText.Of("評価", "ratings"));
        if (list.Any(p => p.Effects.Count > 0)) contents.Add(LocalizedText.Of("効果額", "fiscal effects"));
        if (list.Any(p => p.Kpis.Count > 0)) contents.Add(LocalizedText.Of("KPI", "KPIs"));
        if (list.Any(p => p.Schedule.Count > 0)) contents.Add(LocalizedText.Of("スケジュール", "schedules"));
        if (list.Any(p => p.Texts.Count > 0)) contents.Add(LocalizedText.Of("本文", "texts"));
        return contents;
    }

    private static string Join(IEnumerable<LocalizedText> items, bool english) =>
        english ? EnglishList([.. items.Select(i => i.En ?? i.Ja)]) : string.Join("、", items.Select(i => i.Ja));

    private static string EnglishList(IReadOnlyList<string> items) =>
        items.Count <= 2 ? string.Join(" and ", items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    private static string FiscalYears(int from, int? to, bool english) => english
        ? to is int t ? $"FY{from.ToString(CultureInfo.InvariantCulture)} to FY{t.ToString(CultureInfo.InvariantCulture)}" : $"FY{from.ToString(CultureInfo.InvariantCulture)} onwards"
        : to is int u ? $"{from.ToString(CultureInfo.InvariantCulture)}年度から{u.ToString(CultureInfo.InvariantCulture)}年度まで" : $"{from.ToString(CultureInfo.InvariantCulture)}年度以降";

    private static string Date(PlanMetadata m, bool english)
    {
        if (!PublishedDate.IsDate(m.Published)) return english ? "publication date not printed" : "公表日の記載なし";
        var date = Date(m.Published, english);
        return m.PublishedApproximate ? english ? $"c. {date}" : $"{date}ごろ" : date;
    }

    private static string Date(string published, bool english)
    {
        var parts = published.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (english)
        {
            var month = parts.Length > 1 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(parts[1]) + " " : "";
            return parts.Length > 2 ? $"{parts[2].ToString(CultureInfo.InvariantCulture)} {month}{parts[0].ToString(CultureInfo.InvariantCulture)}" : $"{month}{parts[0].ToString(CultureInfo.InvariantCulture)}";
        }
        return string.Concat(parts.Select((p, i) => p.ToString(CultureInfo.InvariantCulture) + (i switch { 0 => "年", 1 => "月", _ => "日" })));
    }

    /// <summary>Longest description a consumer takes (Google's Dataset rules: 50–5000 characters).</summary>
    private const int MaxDescription = 5000;

    /// <summary>A plan's dataset described in each language: what it holds, from which report, and
    /// the period, then the plan's own description when plan.json has one (and it fits).</summary>
    public static LocalizedText Description(Plan plan)
    {
        var m = plan.Metadata;
        var contents = Contents([plan]);
        var prefecture = plan.Municipality.Prefecture;
        var ja = $"{prefecture?.Ja}{plan.Municipality.Name.Ja}の「{m.Title.Ja}」について、{m.Publisher.Ja}が公表した『{m.ReportTitle.Ja}』（{Date(m, false)}）から、{Join(contents, false)}をCSV・JSON・Excel形式で提供するオープンデータです。計画期間は{FiscalYears(m.Period.From, m.Period.To, false)}です。";
        var place = prefecture is null ? plan.Municipality.Name.For(Language.En) : $"{plan.Municipality.Name.For(Language.En)}, {prefecture.For(Language.En)}";
        var en = $"Open data on the {m.Title.For(Language.En)} of {place}: {Join(contents, true)} from “{m.ReportTitle.For(Language.En)}”, published by {m.Publisher.For(Language.En)} ({Date(m, true)}), as CSV, JSON and Excel files. The plan covers {FiscalYears(m.Period.From, m.Period.To, true)}.";
        return new(WithOwn(ja, m.Description?.Ja), WithOwn(en, m.Description?.En));
    }

    private static string WithOwn(string summary, string? own) =>
        string.IsNullOrWhiteSpace(own) || summary.Length + 2 + own.Length > MaxDescription ? summary : $"{summary}\n\n{own}";

    /// <summary>The all-plans dataset described in each language: which municipalities, what, which years.</summary>
    public static LocalizedText AllPlansDescription(IReadOnlyList<Plan> plans)
    {
        var (from, to) = Span(plans);
        var contents = Contents(plans);
        var ja = $"日本の{plans.Count.ToString(CultureInfo.InvariantCulture)}市区町村（{string.Join("、", plans.Select(p => p.Municipality.Name.Ja).Distinct(StringComparer.Ordinal))}）の行財政改革計画について、{Join(contents, false)}を、計画ごと及び全計画をまとめたCSV・JSON・Excel・ZIP形式で提供するオープンデータです。対象期間は{FiscalYears(from, to, false)}です。";
        var en = $"Open data on the administrative and fiscal reform plans of {plans.Count.ToString(CultureInfo.InvariantCulture)} Japanese municipalities ({EnglishList([.. plans.Select(p => p.Municipality.Name.For(Language.En)).Distinct(StringComparer.Ordinal)])}): {Join(contents, true)}, per plan and for all plans together, as CSV, JSON, Excel and ZIP files. The plans cover {FiscalYears(from, to, true)}.";
        return new(ja, en);
    }

    /// <summary>Words a search for the data would use: the subject, the municipality and its prefecture, and the plan's own tags.</summary>
    public static IReadOnlyList<LocalizedText> Keywords(IEnumerable<Plan> plans)
    {
        var keywords = new List<LocalizedText>
        {
            LocalizedText.Of("行財政改革", "administrative and fiscal reform"),
            LocalizedText.Of("行政評価", "administrative evaluation"),
            LocalizedText.Of("オープンデータ", "open data"),
        };
        foreach (var plan in plans)
        {
            keywords.Add(plan.Municipality.Name);
            if (plan.Municipality.Prefecture is { } prefecture) keywords.Add(prefecture);
            keywords.AddRange(plan.Tags.Select(t => t.Name));
        }
        return keywords.DistinctBy(k => k.Ja, StringComparer.Ordinal).ToList();
    }
}
