namespace Reform.Site.Bench.Generator;

// The generated records, one plan at a time. The canonical writer and the Hugo writer both
// read these, so both sides of the benchmark show exactly the same facts.

internal sealed record GDepartment(string Id, Bi Name, Bi Bureau);

internal sealed record GNode(string Id, string? ParentId, int Level, string Number, Bi Title, string[] Themes, bool? Continued, int? EndedFy);

internal sealed record GNodeDepartment(string NodeId, string DepartmentId, string Role);

internal sealed record GRating(string NodeId, int Fy, string Assessment, string Value, Bi? Reason);

internal sealed record GEffect(string NodeId, int Fy, string Kind, long? Amount, Bi? Text);

internal sealed record GKpi(string Id, string NodeId, KpiWord Word, decimal Baseline, int BaselineFy, decimal Target, int TargetFy);

internal sealed record GKpiValue(string KpiId, int Fy, string Kind, decimal Value);

internal sealed record GSchedule(string NodeId, int Row, Bi Task, int Fy, Bi Entry, string Status);

internal sealed record GText(string NodeId, int? Fy, string Kind, Bi Text);

internal sealed class GPlan
{
    public required int Index { get; init; }
    public required string Code { get; init; }
    public required string Slug { get; init; }
    public string Key => $"{Code}-{Slug}";
    public required Bi City { get; init; }
    public required Bi Prefecture { get; init; }
    public required Bi Title { get; init; }
    public required Bi ReportTitle { get; init; }
    /// <summary>Set once the ratings are known (it quotes their counts).</summary>
    public Bi Description { get; set; }
    public required int From { get; init; }
    public required int To { get; init; }
    public required int Reported { get; init; }
    public required string Published { get; init; }
    public List<GDepartment> Departments { get; } = [];
    public List<GNode> Nodes { get; } = [];
    public List<GNodeDepartment> NodeDepartments { get; } = [];
    public List<GRating> Ratings { get; } = [];
    public List<GEffect> Effects { get; } = [];
    public List<GKpi> Kpis { get; } = [];
    public List<GKpiValue> KpiValues { get; } = [];
    public List<GSchedule> Schedule { get; } = [];
    public List<GText> Texts { get; } = [];
}

/// <summary>The definitions every synthetic plan shares (plan.json levels, scales, assessments,
/// text kinds), written into each plan.json and once into the Hugo site's data file.</summary>
internal static class Shared
{
    public static readonly Bi[] Levels = [new("基本方針", "Basic policy"), new("推進項目", "Promotion item"), new("取組", "Initiative")];

    public static readonly (string Id, Bi Name)[] Evaluators =
    [
        ("self", new("担当課による自己評価", "Self-evaluation by the responsible division")),
        ("committee", new("行政改革推進委員会", "Administrative Reform Promotion Committee")),
    ];

    /// <summary>The A–D grade: code, printed symbol, label.</summary>
    public static readonly (string Code, string Symbol, Bi Label)[] Grades =
    [
        ("A", "Ａ", new("計画以上に進んでいる", "Ahead of plan")),
        ("B", "Ｂ", new("計画どおり進んでいる", "On plan")),
        ("C", "Ｃ", new("やや遅れている", "Slightly behind plan")),
        ("D", "Ｄ", new("遅れている", "Behind plan")),
    ];

    /// <summary>Assessments in display order: id, evaluator, name, scale, sum_of.</summary>
    public static readonly (string Id, string Evaluator, Bi Name, string Scale, string[] SumOf)[] Assessments =
    [
        ("progress", "self", new("進捗度", "Progress"), "score-0-3", []),
        ("effect", "self", new("効果", "Effect"), "score-0-3", []),
        ("efficiency", "self", new("効率性", "Efficiency"), "score-0-3", []),
        ("total", "self", new("合計点", "Total score"), "score-0-9", ["progress", "effect", "efficiency"]),
        ("overall", "committee", new("総合評価", "Overall grade"), "grade-a-d", []),
    ];

    public static readonly (string Id, Bi Name)[] TextKinds =
    [
        ("summary", new("取組内容", "What the initiative does")),
        ("result", new("取組実績", "Results")),
        ("issue", new("課題", "Issues")),
        ("direction", new("今後の方向性", "Future direction")),
    ];
}
