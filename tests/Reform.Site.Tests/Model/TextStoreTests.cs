using Reform.Site.Diagnostics;
using Reform.Site.Model;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Model;

public sealed class TextStoreTests
{
    private static readonly RowSource Row = new("plans/p/texts.csv", 2, 2);

    [Fact]
    public void Texts_kept_in_the_store_read_back_exactly()
    {
        using var temp = new TempDir();
        using var store = new TextStore(temp.Path);
        LocalizedText[] texts =
        [
            new("改善した。\n次年度も継続する。", "Improved.\r\nTo continue next year."),
            new("英訳なし", null),
            new("", ""),
            new("𠮷野家の「サロゲート」と絵文字👍", "\"quoted\", comma"),
            new(new string('長', 100_000), new string('x', 3)),
        ];
        var sections = texts.Select((t, i) => new TextSection($"n{i}", 2024, "result", null, null, t, Row)).ToList();

        var kept = store.Keep(PlanModels.Empty() with { Texts = sections }).Texts;

        Assert.Equal(texts, kept.Select(s => s.Text));
        Assert.Equal(sections.Select(s => (s.NodeId, s.FiscalYear, s.KindId, s.Source)), kept.Select(s => (s.NodeId, s.FiscalYear, s.KindId, s.Source)));
        // Read twice: reading does not consume.
        Assert.Equal(texts, kept.Select(s => s.Text));
    }

    [Fact]
    public void A_schedule_keeps_its_missing_texts_missing()
    {
        using var temp = new TempDir();
        using var store = new TextStore(temp.Path);
        ScheduleEntry[] entries =
        [
            new("n1", 1, new LocalizedText("検討", "Study"), 2024, null, "planned", Row),
            new("n1", 1, null, 2025, new LocalizedText("実施", null), null, Row),
            new("n1", 2, null, 2026, null, null, Row),
        ];

        var kept = store.Keep(PlanModels.Empty() with { Schedule = entries }).Schedule;

        Assert.Equal(entries.Select(e => (e.Task, e.Entry, e.Status, e.FiscalYear)), kept.Select(e => (e.Task, e.Entry, e.Status, e.FiscalYear)));
    }

    [Fact]
    public void Plans_kept_from_many_threads_each_read_back_their_own_texts()
    {
        using var temp = new TempDir();
        using var store = new TextStore(temp.Path);
        var kept = new IReadOnlyList<TextSection>[64];
        Parallel.For(0, kept.Length, p =>
            kept[p] = store.Keep(PlanModels.Empty() with { Texts = Enumerable.Range(0, 50).Select(i => new TextSection($"n{i}", 2024, "result", null, null, new($"計画{p}の{i}", $"plan {p} text {i}"), Row)).ToList() }).Texts);

        for (var p = 0; p < kept.Length; p++)
            Assert.Equal(Enumerable.Range(0, 50).Select(i => $"計画{p}の{i}|plan {p} text {i}"), kept[p].Select(s => $"{s.Text.Ja}|{s.Text.En}"));
    }

    [Fact]
    public void The_digest_of_a_plans_texts_changes_with_any_text_and_only_then()
    {
        using var temp = new TempDir();
        using var store = new TextStore(temp.Path);
        string? DigestOf(params LocalizedText[] texts) =>
            store.Keep(PlanModels.Empty() with { Texts = texts.Select((t, i) => new TextSection($"n{i}", 2024, "result", null, null, t, Row)).ToList() }).TextsDigest;

        var digest = DigestOf(new("改善した。", "Improved."), new("継続", null));

        Assert.NotNull(digest);
        Assert.Equal(digest, DigestOf(new("改善した。", "Improved."), new("継続", null)));
        Assert.NotEqual(digest, DigestOf(new("改善した", "Improved."), new("継続", null)));
        Assert.NotEqual(digest, DigestOf(new("改善した。", "Improved."), new("継続", "")));
        Assert.NotEqual(digest, DigestOf(new("改善した。", "Improved.継続"), new("", null)));
        Assert.NotEqual(digest, DigestOf(new("継続", null), new("改善した。", "Improved.")));
        Assert.Null(PlanModels.Empty().TextsDigest);
    }

    [Fact]
    public void The_scratch_file_is_gone_once_the_store_is_disposed()
    {
        using var temp = new TempDir();
        using (var store = new TextStore(temp.Path))
        {
            store.Keep(PlanModels.Empty() with { Texts = [new TextSection("n", null, "k", null, null, new("本文", null), Row)] });
            Assert.Single(Directory.GetFiles(temp.Path));
        }
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void The_shipped_data_loads_the_same_texts_with_a_store_as_without()
    {
        using var temp = new TempDir();
        using var store = new TextStore(temp.Path);
        var (held, _) = DataLoader.Load(RepoPaths.ShippedFixture);
        var (stored, _) = DataLoader.Load(RepoPaths.ShippedFixture, texts: store);

        Assert.Equal(held.Plans.SelectMany(p => p.Texts).Select(t => (t.NodeId, t.Text)), stored.Plans.SelectMany(p => p.Texts).Select(t => (t.NodeId, t.Text)));
        Assert.Equal(held.Plans.SelectMany(p => p.Schedule).Select(s => (s.NodeId, s.Task, s.Entry)), stored.Plans.SelectMany(p => p.Schedule).Select(s => (s.NodeId, s.Task, s.Entry)));
        Assert.True(held.Plans.Sum(p => p.Texts.Count) > 100, "the shipped data has texts to compare");
    }
}
