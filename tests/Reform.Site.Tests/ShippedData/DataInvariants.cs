using Reform.Site.Diagnostics;
using Reform.Site.Model;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.ShippedData;

/// <summary>What must hold for ANY valid data folder, whatever a city writes in it: every plan
/// validates without errors, every text has English or is marked as untranslated (RS601), the
/// totals reconcile with their parts wherever the data gives both, every reference resolves, and
/// the site builds with a page for every node in both languages and no broken link. Never a
/// value of one city: those are pinned on fixtures (Fixtures/shipped, Fixtures/good).</summary>
internal static class DataInvariants
{
    public static (DataSet Data, IReadOnlyList<Diagnostic> Diagnostics) Check(string dataDir, string? contentDir, bool build = true)
    {
        var (data, diagnostics) = DataLoader.Load(dataDir);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Location}").ToList();
        Assert.True(errors.Count == 0, "errors in " + dataDir + ":\n" + string.Join("\n", errors));
        Assert.NotEmpty(data.Plans);
        Assert.Equal(data.Plans.Count, data.Plans.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count());
        foreach (var plan in data.Plans)
        {
            EnglishOrMarked(plan, diagnostics);
            TalliesReconcile(plan);
            MultiYearEffectsReconcile(plan);
            ReferencesResolve(plan);
        }
        if (build) Builds(dataDir, contentDir, data);
        return (data, diagnostics);
    }

    /// <summary>A text without English is allowed (the site falls back to Japanese and says so),
    /// but never silently: validation names its file and column with RS601.</summary>
    private static void EnglishOrMarked(Plan plan, IReadOnlyList<Diagnostic> diagnostics)
    {
        bool Marked(RowSource source, string column) => diagnostics.Any(d =>
            d.Code == Codes.MissingTranslation && d.Location.File == source.File && d.Location.Column == column);
        Assert.All(plan.Nodes.Where(n => string.IsNullOrEmpty(n.Title.En)), n => Assert.True(Marked(n.Source, "title_en"), $"{n.Source}: no English and no RS601"));
        Assert.All(plan.Texts.Where(t => string.IsNullOrEmpty(t.Text.En)), t => Assert.True(Marked(t.Source, "text_en"), $"{t.Source}: no English and no RS601"));
        Assert.False(string.IsNullOrEmpty(plan.Metadata.Title.Ja), plan.Key);
    }

    /// <summary>Where a report gives a total and the counts per rating for the same node, year and
    /// assessment, they add up.</summary>
    private static void TalliesReconcile(Plan plan)
    {
        foreach (var group in plan.Tallies.GroupBy(t => (t.NodeId, t.FiscalYear, t.AssessmentId)))
        {
            var totals = group.Where(t => t.Rating is null).ToList();
            var byRating = group.Where(t => t.Rating is not null).ToList();
            if (totals.Count == 1 && byRating.Count > 0)
                Assert.True(totals[0].Count == byRating.Sum(t => t.Count), $"{plan.Key} {group.Key}: total {totals[0].Count}, per rating {byRating.Sum(t => t.Count)}");
        }
    }

    /// <summary>A multi-year amount equals the sum of its years wherever every one of those years
    /// has exactly one amount for the same node (the rule RS507 states; a partial breakdown says
    /// nothing about the total).</summary>
    private static void MultiYearEffectsReconcile(Plan plan)
    {
        var amounts = plan.Effects.Where(e => e.Amount is not null).ToList();
        foreach (var e in amounts.Where(e => e.FiscalYearFrom < e.FiscalYearTo))
        {
            var years = Enumerable.Range(e.FiscalYearFrom, e.FiscalYearTo - e.FiscalYearFrom + 1)
                .Select(y => amounts.Where(a => a.NodeId == e.NodeId && a.IsSingleYear && a.FiscalYearFrom == y).ToList()).ToList();
            if (years.Any(y => y.Count != 1)) continue;
            var sum = years.Sum(y => y[0].Amount!.Yen);
            var agrees = e.Approximate ? Math.Abs(e.Amount!.Yen - sum) < Money.UnitFactors[e.Amount.Unit] : e.Amount!.Yen == sum;
            Assert.True(agrees, $"{e.Source}: {e.Amount!.Yen} yen over {e.FiscalYearFrom}-{e.FiscalYearTo}, the years add up to {sum}");
        }
    }

    private static void ReferencesResolve(Plan plan)
    {
        var nodes = plan.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(plan.Nodes.Where(n => n.ParentId is not null), n => Assert.Contains(n.ParentId!, nodes));
        Assert.All(plan.Effects.Where(e => e.NodeId is not null), e => Assert.Contains(e.NodeId!, nodes));
        Assert.All(plan.Texts.Where(t => t.NodeId is not null), t => Assert.Contains(t.NodeId!, nodes));
        Assert.All(plan.Kpis.Where(k => k.NodeId is not null), k => Assert.Contains(k.NodeId!, nodes));
        Assert.All(plan.Ratings, r => Assert.Contains(r.NodeId, nodes));
        Assert.All(plan.NodeDepartments, d =>
        {
            Assert.Contains(d.NodeId, nodes);
            Assert.NotNull(plan.Index.Department(d.DepartmentId));
        });
    }

    private static void Builds(string dataDir, string? contentDir, DataSet data)
    {
        using var site = new BuiltSite(dataDir, contentDir, o => o with { Search = SearchMode.Off });
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code} {d.Location}")));
        foreach (var plan in data.Plans)
            foreach (var node in plan.Nodes)
                foreach (var lang in new[] { "ja", "en" })
                    Assert.True(site.Exists($"{lang}/plans/{plan.Key}/{node.Id}/"), $"{lang} {plan.Key} {node.Id}");
        Assert.Empty(LinkChecker.BrokenLinks(site));
    }
}
