using Reform.Site.Diagnostics;
using Reform.Site.Model;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Loading;

/// <summary>Facts printed in the five source reports, pinned on the frozen copy of the shipped
/// data (Fixtures/shipped): a transcription or loading change that alters one fails here, while
/// a city's valid edit of the live data/ cannot (ShippedDataTests checks that only by invariants).</summary>
public sealed class ShippedFixtureFactsTests : IClassFixture<ShippedFixtureFactsTests.Loaded>
{
    public sealed class Loaded
    {
        public Loaded() => (Data, Diagnostics) = DataLoader.Load(RepoPaths.ShippedFixture);

        internal DataSet Data { get; }

        internal IReadOnlyList<Diagnostic> Diagnostics { get; }
    }

    private readonly Loaded _loaded;

    public ShippedFixtureFactsTests(Loaded loaded) => _loaded = loaded;

    private Plan PlanOf(string code) => _loaded.Data.Plans.Single(p => p.Municipality.Code == code);

    [Fact]
    public void All_five_reports_are_shipped_and_validate_without_errors_or_missing_English()
    {
        Assert.Empty(_loaded.Diagnostics);
        Assert.Equal(["012131", "041009", "042153", "072028", "142140"], _loaded.Data.Plans.Select(p => p.Municipality.Code));
    }

    [Fact]
    public void Every_text_of_every_plan_has_English()
    {
        foreach (var plan in _loaded.Data.Plans)
        {
            Assert.All(plan.Nodes, n => Assert.False(string.IsNullOrEmpty(n.Title.En), n.Id));
            Assert.All(plan.Texts, t => Assert.False(string.IsNullOrEmpty(t.Text.En), $"{plan.Key} {t.Source}"));
            Assert.False(string.IsNullOrEmpty(plan.Metadata.Title.En));
        }
    }

    [Fact]
    public void Sendai_published_124_initiatives_8_ahead_112_on_plan_4_behind_and_about_217_oku_yen()
    {
        var sendai = PlanOf("041009");
        var total = sendai.Tallies.Where(t => t.NodeId is null).ToDictionary(t => t.Rating ?? "total", t => t.Count);
        Assert.Equal(124, total["total"]);
        Assert.Equal(8, total["excellent"]);
        Assert.Equal(112, total["good"]);
        Assert.Equal(4, total["behind"]);
        var effect = Assert.Single(sendai.Effects);
        Assert.Equal((2016, 2019, 217m, "億円", true), (effect.FiscalYearFrom, effect.FiscalYearTo, effect.Amount!.Amount, effect.Amount.Unit, effect.Approximate));
        Assert.Equal(2019, sendai.Metadata.ReportedFiscalYear);
    }

    [Fact]
    public void Isehara_counts_16_46_12_0_of_74_and_effects_of_347736_planned_against_1345649_actual()
    {
        var isehara = PlanOf("142140");
        var total = isehara.Tallies.Where(t => t.NodeId is null).ToDictionary(t => t.Rating ?? "total", t => t.Count);
        Assert.Equal([16, 46, 12, 0, 74], new[] { "A", "B", "C", "D", "total" }.Select(k => total[k]));
        // By kind AND year: a plan-wide effect of another year is a second one of the same kind.
        Money PlanWide(EffectKind kind, int year) => isehara.Effects.Single(e => e.NodeId is null && e.Kind == kind && e.FiscalYearFrom == year && e.FiscalYearTo == year).Amount!;
        Assert.Equal(new Money(347736m, "千円"), PlanWide(EffectKind.Planned, 2024));
        Assert.Equal(new Money(1345649m, "千円"), PlanWide(EffectKind.Actual, 2024));
        var sewerage = isehara.Nodes.Single(n => n.Title.Ja == "下水道使用料の適正化");
        var department = isehara.NodeDepartments.Single(d => d.NodeId == sewerage.Id);
        Assert.Equal("土木部", isehara.Index.Department(department.DepartmentId)!.Name.Ja);
    }

    [Fact]
    public void Osaki_has_22_items_and_the_water_works_effect_totals_22444444_yen()
    {
        var osaki = PlanOf("042153");
        Assert.Equal(22, osaki.Nodes.Count);
        var water = osaki.Effects.Where(e => e.NodeId == "no22" && e.Amount is not null).ToList();
        Assert.Equal(22_444_444m, water.Single(e => e.FiscalYearFrom == 2020 && e.FiscalYearTo == 2022).Amount!.Amount);
        Assert.Equal(22_444_444m, water.Where(e => e.IsSingleYear).Sum(e => e.Amount!.Amount));
        var lead = osaki.NodeDepartments.Single(d => d.NodeId == "no01" && d.Role == "lead");
        Assert.Equal("まちづくり推進課", osaki.Index.Department(lead.DepartmentId)!.Name.Ja);
    }

    [Fact]
    public void Aizuwakamatsu_has_3_areas_8_reform_items_and_37_concrete_initiatives()
    {
        var aizu = PlanOf("072028");
        Assert.Equal([3, 8, 37], new[] { 1, 2, 3 }.Select(level => aizu.Nodes.Count(n => n.Level == level)));
        var outlook = aizu.Nodes.Single(n => n.Title.Ja == "中期財政見通しの策定");
        var results = aizu.Texts.Where(t => t.NodeId == outlook.Id && t.KindId == "result").ToList();
        Assert.Contains(results, t => t.Text.Ja.Contains("令和6年度当初予算編成"));
        Assert.Equal(2023, aizu.Metadata.ReportedFiscalYear);
    }

    [Fact]
    public void Tomakomai_has_21_themes_of_work_70_practice_items_and_9_ended_by_FY2021()
    {
        var tomakomai = PlanOf("012131");
        Assert.Equal(21, tomakomai.Nodes.Count(n => n.Level == 1));
        Assert.Equal(70, tomakomai.Nodes.Count(n => n.Level == 2));
        var ended = tomakomai.Nodes.Where(n => n.EndedFiscalYear is not null).ToDictionary(n => n.Id, n => n.EndedFiscalYear);
        Assert.Equal(9, ended.Count);
        Assert.All(new[] { "p44", "p45", "p60", "p63" }, id => Assert.Equal(2020, ended[id]));
        Assert.All(new[] { "p12", "p19", "p21", "p42", "p53" }, id => Assert.Equal(2021, ended[id]));
    }

    [Fact]
    public void Tomakomai_scores_grades_and_council_averages_are_as_printed()
    {
        var tomakomai = PlanOf("012131");
        string Rating(string node, int year, string assessment) =>
            tomakomai.Ratings.Single(r => r.NodeId == node && r.FiscalYear == year && r.AssessmentId == assessment).Value;
        // 企業版ふるさと納税の導入 (No.2): R3 3 2 3 2 = 10, A; R2 A.
        Assert.Equal(["3", "2", "3", "2", "10", "A"], new[] { "self-progress", "self-cooperation", "self-efficiency", "self-creativity", "self-total", "self-overall" }.Select(a => Rating("p02", 2021, a)));
        Assert.Equal("A", Rating("p02", 2020, "self-overall"));
        // 新たな財源確保に向けた取組 (№1): means 2.3 2.3 3.0 2.3 = 9.9, council 4.3.
        Assert.Equal(["2.3", "2.3", "3.0", "2.3", "9.9"], new[] { "self-progress-mean", "self-cooperation-mean", "self-efficiency-mean", "self-creativity-mean", "self-total-mean" }.Select(a => Rating("t01", 2021, a)));
        Assert.Equal("4.3", Rating("t01", 2021, "council"));
        // Every 取組項目 has a council evaluation of at least 3.0.
        var council = tomakomai.Ratings.Where(r => r.AssessmentId == "council").Select(r => decimal.Parse(r.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(21, council.Count);
        Assert.All(council, c => Assert.InRange(c, 3.0m, 5.0m));
        Assert.Equal(93, tomakomai.Texts.Count(t => t.KindId == "council-opinion"));
    }
}
