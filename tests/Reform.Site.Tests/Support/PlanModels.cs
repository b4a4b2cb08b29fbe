using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Tests.Support;

/// <summary>Small plans made in memory for unit tests: an empty plan with one ordinal scale
/// (<c>grade</c>: A Ａ, B Ｂ, C Ｃ) and one numeric scale (<c>score</c>, 0–3), assessed as
/// <c>overall</c> and <c>progress</c>; a test adds its own rows with <c>with { Nodes = … }</c>
/// (a copy made with <c>with</c> builds its own <see cref="Plan.Index"/>).</summary>
internal static class PlanModels
{
    public static readonly RowSource Row = new("plans/012131-sample-plan/nodes.csv", 2, 2);

    public static readonly RatingScale Grade = new("grade", ScaleKind.Ordinal,
    [
        new("A", "Ａ", 1, LocalizedText.Of("計画以上", "Ahead of plan")),
        new("B", "Ｂ", 2, LocalizedText.Of("計画どおり", "On plan")),
        new("C", "Ｃ", 3, LocalizedText.Of("遅れ", "Behind plan")),
    ], null, null, 0);

    public static readonly RatingScale Score = new("score", ScaleKind.Numeric, [], 0, 3, 0);

    public static Assessment Assessment(string id, string scaleId) => new(id, "self", LocalizedText.Of(id), scaleId, null, [], null);

    public static Plan Empty(string key = "012131-sample-plan") => new()
    {
        Key = key,
        Municipality = new Municipality("012131", LocalizedText.Of("見本市", "Sample City"), null),
        Metadata = new PlanMetadata
        {
            Id = "sample-plan",
            Title = LocalizedText.Of("見本市行財政改革プラン", "Sample City Reform Plan"),
            ReportTitle = LocalizedText.Of("令和3年度の取組状況"),
            Period = new FiscalPeriod(2020, 2022),
            ReportedFiscalYear = 2021,
            Publisher = LocalizedText.Of("見本市総務部"),
            Published = "2022-08",
            Source = new SourceDocument(LocalizedText.Of("報告書"), null, null),
            Description = null,
            License = "CC-BY-4.0",
        },
        Levels = [new Level(1, LocalizedText.Of("基本方針")), new Level(2, LocalizedText.Of("取組項目")), new Level(3, LocalizedText.Of("実践項目"))],
        Evaluators = [new Evaluator("self", LocalizedText.Of("担当課"))],
        Scales = [Grade, Score],
        Assessments = [Assessment("overall", "grade"), Assessment("progress", "score")],
        Tags = [],
        TextKinds = [],
        RelatedPlans = [],
        Nodes = [],
        Departments = [],
        NodeDepartments = [],
        Ratings = [],
        Tallies = [],
        Effects = [],
        Kpis = [],
        KpiValues = [],
        Schedule = [],
        Texts = [],
    };

    public static Node Node(string id, string? parentId, int level) => new()
    {
        Id = id,
        ParentId = parentId,
        Level = level,
        Number = null,
        Title = LocalizedText.Of(id),
        Tags = [],
        Topics = [],
        Continued = null,
        EndedFiscalYear = null,
        Source = Row,
    };

    public static Rating Rating(string nodeId, string value, string assessment = "overall", int year = 2021) =>
        new(nodeId, year, assessment, value, null, Row);

    /// <summary>A published count; <paramref name="rating"/> null is the total.</summary>
    public static Tally Tally(string? nodeId, string? rating, int count, string assessment = "overall", int year = 2021) =>
        new(nodeId, year, assessment, rating, count, Row);
}
