namespace Reform.Site.Rendering.Views;

/// <summary>A plan's rated nodes by their rating (<c>{plan}/ratings/</c>): per ordinal assessment,
/// the levels of its latest year with their counts and pages, and every rated node in a table.</summary>
internal sealed record RatingIndexView(PlanCardView Plan, IReadOnlyList<RatedAssessmentView> Assessments);

/// <summary>One assessment in its latest year.</summary>
internal sealed record RatedAssessmentView
{
    public required string Id { get; init; }
    public required TextView Name { get; init; }

    /// <summary>The hierarchy level rated, when the assessment rates more than one (実践項目).</summary>
    public required TextView? HierarchyLevel { get; init; }
    public required int FiscalYear { get; init; }
    public required IReadOnlyList<RatingLevelLinkView> Levels { get; init; }
    public required IReadOnlyList<RatedNodeView> Nodes { get; init; }
}

/// <summary>A level and how many nodes have it; <see cref="Path"/> is null when none has.</summary>
internal sealed record RatingLevelLinkView(string Symbol, TextView? Meaning, int Count, string? Path)
{
    /// <summary>The level is in the lower half of its scale (Ｃ and Ｄ of Ａ–Ｄ, △ of ◎○△): the
    /// items that fell behind, marked on the page that lists every plan.</summary>
    public bool Behind { get; init; }
}

/// <summary>Every plan's rating shortcuts on one page (<c>{lang}/ratings/</c>).</summary>
internal sealed record RatingsAcrossView(IReadOnlyList<PlanRatingShortcutsView> Plans);

/// <summary>A plan and its assessments' levels with their counts and pages.</summary>
internal sealed record PlanRatingShortcutsView(PlanCardView Plan, IReadOnlyList<RatingShortcutView> Shortcuts);

/// <summary>A node with its rating on one assessment in one year, and the reason the report gives.</summary>
internal sealed record RatedNodeView
{
    public required LinkView Node { get; init; }
    public required string Symbol { get; init; }
    public required TextView? Meaning { get; init; }
    public required IReadOnlyList<TextView> Departments { get; init; }
    public required IReadOnlyList<LinkView> Topics { get; init; }
    public required TextView? Reason { get; init; }
}

/// <summary>The nodes of one level (<c>{plan}/ratings/{assessment}/{level}/</c>): the short list a
/// reader asks for (「総合評価Ｃの取組」), each with its reason.</summary>
internal sealed record RatingLevelView
{
    public required PlanCardView Plan { get; init; }
    public required TextView Assessment { get; init; }
    public required TextView? HierarchyLevel { get; init; }
    public required int FiscalYear { get; init; }
    public required string Symbol { get; init; }
    public required TextView? Meaning { get; init; }
    public required IReadOnlyList<RatedNodeView> Nodes { get; init; }

    /// <summary>The other levels of the same assessment and year, to move between them.</summary>
    public required IReadOnlyList<RatingLevelLinkView> Levels { get; init; }
}

/// <summary>On the plan page: an assessment's levels in its latest year, each with its count and
/// list page, and the page of all its rated nodes.</summary>
internal sealed record RatingShortcutView(TextView Assessment, TextView? HierarchyLevel, int FiscalYear, IReadOnlyList<RatingLevelLinkView> Levels, string AllPath)
{
    /// <summary>The levels in the lower half of the scale that were given: the items that fell behind.</summary>
    public IReadOnlyList<RatingLevelLinkView> Behind => Levels.Where(l => l.Behind && l.Count > 0).ToList();
}
