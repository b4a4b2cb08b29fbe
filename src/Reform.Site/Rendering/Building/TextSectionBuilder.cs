using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Rendering.Views;

namespace Reform.Site.Rendering.Building;

/// <summary>Arranges a node's texts the way the city printed them. Kinds that share an
/// <c>item</c> number on this node were printed side by side, so they are joined into one
/// table (kinds are linked transitively); every other kind gets its own section.</summary>
internal static class TextSectionBuilder
{
    public static IReadOnlyList<TextSectionView> Build(Plan plan, IReadOnlyList<TextSection> texts, Language lang)
    {
        var kindOrder = plan.TextKinds.Select((k, i) => (k.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var groups = LinkedKinds(texts);
        var sections = new List<(int Order, TextSectionView View)>();
        foreach (var kinds in groups)
        {
            var ordered = kinds.OrderBy(k => kindOrder.GetValueOrDefault(k, int.MaxValue)).ToList();
            var names = ordered.Select(k => plan.TextKinds.FirstOrDefault(x => x.Id == k)?.Name ?? LocalizedText.Of(k)).ToList();
            var heading = TextView.From(new LocalizedText(string.Join("／", names.Select(n => n.Ja)),
                names.All(n => n.En is not null) ? string.Join(" / ", names.Select(n => n.En)) : null), lang);
            var mine = texts.Where(t => kinds.Contains(t.KindId)).ToList();
            var view = ordered.Count > 1 ? Table(plan, mine, ordered, names, heading, lang) : Blocks(plan, mine, ordered[0], heading, lang);
            sections.Add((kindOrder.GetValueOrDefault(ordered[0], int.MaxValue), view));
        }
        return sections.OrderBy(s => s.Order).Select(s => s.View).ToList();
    }

    private static TextSectionView Table(Plan plan, List<TextSection> texts, List<string> kinds, List<LocalizedText> names, TextView heading, Language lang)
    {
        var rows = texts.GroupBy(t => t.Item ?? -texts.IndexOf(t) - 1).Select(row => new TextRowView(
            row.Select(t => t.FiscalYear).FirstOrDefault(y => y is not null),
            Department(plan, row.First().DepartmentId, lang),
            kinds.Select(k => row.Where(t => t.KindId == k).Select(t => t.Text).ToList() is { Count: > 0 } cell
                ? TextView.From(Join(cell), lang) : null).ToList())).ToList();
        return new TextSectionView(string.Join("-", kinds), heading, names.Select(n => TextView.From(n, lang)).ToList(),
            rows.Select(r => r.FiscalYear).Distinct().Count() > 1, rows.Any(r => r.Department is not null), rows, []);
    }

    private static TextSectionView Blocks(Plan plan, List<TextSection> texts, string kind, TextView heading, Language lang)
    {
        var blocks = new List<TextBlockView>();
        foreach (var t in texts)
        {
            var department = Department(plan, t.DepartmentId, lang);
            if (blocks.Count > 0 && blocks[^1].FiscalYear == t.FiscalYear && blocks[^1].Department == department)
                blocks[^1] = blocks[^1] with { Texts = [.. blocks[^1].Texts, TextView.From(t.Text, lang)] };
            else
                blocks.Add(new TextBlockView(t.FiscalYear, department, [TextView.From(t.Text, lang)]));
        }
        return new TextSectionView(kind, heading, [], false, false, [], blocks);
    }

    /// <summary>Groups of kinds printed side by side on this node (connected through shared items).</summary>
    private static List<HashSet<string>> LinkedKinds(IReadOnlyList<TextSection> texts)
    {
        var groups = new List<HashSet<string>>();
        foreach (var kind in texts.Select(t => t.KindId).Distinct())
            groups.Add([kind]);
        foreach (var row in texts.Where(t => t.Item is not null).GroupBy(t => t.Item))
        {
            var touched = groups.Where(g => row.Any(t => g.Contains(t.KindId))).ToList();
            if (touched.Count < 2) continue;
            foreach (var g in touched.Skip(1)) { touched[0].UnionWith(g); groups.Remove(g); }
        }
        return groups;
    }

    private static LocalizedText Join(List<LocalizedText> parts) =>
        new(string.Join("\n", parts.Select(p => p.Ja)), parts.All(p => p.En is not null) ? string.Join("\n", parts.Select(p => p.En)) : null);

    private static TextView? Department(Plan plan, string? id, Language lang) =>
        id is not null && plan.Index.Department(id) is { } d ? TextView.From(d.Name, lang) : null;
}
