using System.Globalization;
using System.Text;

namespace Reform.Site.Bench.Generator;

/// <summary>Makes one synthetic plan (one city) from a seeded <see cref="Random"/>. The same
/// seed and index always give the same plan, whatever the total size of the data set.</summary>
internal static class PlanGenerator
{
    /// <summary>The five-digit prefix of the municipality code of the plan with this index.</summary>
    public static string CodePrefix(int index)
    {
        var prefecture = index % 47 + 1;
        var city = 201 + index / 47 * 2;
        if (city > 999) throw new ArgumentOutOfRangeException(nameof(index), "too many cities for the code scheme");
        return $"{prefecture:00}{city:000}";
    }

    /// <summary>The 全国地方公共団体コード check digit (weights 6,5,4,3,2, modulo 11).</summary>
    public static int CheckDigit(string firstFive)
    {
        int[] weights = [6, 5, 4, 3, 2];
        var sum = 0;
        for (var i = 0; i < 5; i++) sum += (firstFive[i] - '0') * weights[i];
        return (11 - sum % 11) % 10;
    }

    public static GPlan Generate(int seed, int index, int initiatives)
    {
        var r = new Random(unchecked(seed * 1_000_003 + index * 7919 + 17));
        var prefix = CodePrefix(index);
        var code = prefix + CheckDigit(prefix).ToString(CultureInfo.InvariantCulture);
        var combo = (int)((index * 7919L + 13) % (Words.CityHead.Length * Words.CityTail.Length));
        var head = Words.CityHead[combo / Words.CityTail.Length];
        var tail = Words.CityTail[combo % Words.CityTail.Length];
        var romaji = head.Romaji + tail.Romaji;
        var city = new Bi(head.Kanji + tail.Kanji + "市", char.ToUpperInvariant(romaji[0]) + romaji[1..] + " City");
        var planName = Words.PlanNames[r.Next(Words.PlanNames.Length)];
        var from = 2019 + r.Next(4);
        var to = from + 4;
        var reported = from + 2;

        var plan = new GPlan
        {
            Index = index,
            Code = code,
            Slug = $"{romaji}-{planName.Slug}",
            City = city,
            Prefecture = Words.Prefectures[index % 47],
            Title = new(city.Ja + planName.Title.Ja, $"{city.En} {planName.Title.En}"),
            ReportTitle = new($"{city.Ja}{planName.Title.Ja} {FyJa(reported)}取組状況報告書", $"{city.En} {planName.Title.En}: progress report for FY{reported}"),
            From = from,
            To = to,
            Reported = reported,
            Published = $"{reported + 1}-{6 + r.Next(4):00}",
        };

        // Departments: 10–16 of the pool, in the pool's order.
        var pool = Enumerable.Range(0, Words.Departments.Length).ToArray();
        Shuffle(r, pool);
        var chosen = pool.Take(10 + r.Next(7)).Order().ToArray();
        foreach (var i in chosen)
        {
            var d = Words.Departments[i];
            plan.Departments.Add(new GDepartment(Slugify(d.NameEn), new(d.NameJa, d.NameEn), new(d.BureauJa, d.BureauEn)));
        }
        var leadOrder = Enumerable.Range(0, plan.Departments.Count).ToArray();
        Shuffle(r, leadOrder);

        // The hierarchy: 4–6 policies, 3–5 items each, the initiatives spread over the items.
        var policies = Enumerable.Range(0, Words.Policies.Length).ToArray();
        Shuffle(r, policies);
        var policyCount = 4 + r.Next(3);
        var items = new List<(int Policy, int Item)>();
        for (var p = 1; p <= policyCount; p++)
        {
            var n = 3 + r.Next(3);
            for (var s = 1; s <= n; s++) items.Add((p, s));
        }
        if (items.Count > initiatives) items = items.Take(Math.Max(1, initiatives)).ToList();
        var perItem = new int[items.Count];
        for (var i = 0; i < perItem.Length; i++) perItem[i] = 1;
        for (var k = items.Count; k < initiatives; k++) perItem[r.Next(perItem.Length)]++;

        var initiativeNo = 0;
        var abCount = 0;
        for (var ii = 0; ii < items.Count; ii++)
        {
            var (p, s) = items[ii];
            var policyId = $"p{p}";
            if (s == 1)
            {
                var title = Words.Policies[policies[p - 1]];
                plan.Nodes.Add(new GNode(policyId, null, 1, p.ToString(CultureInfo.InvariantCulture), title, [], null, null));
                var ctx = Context(r, to);
                plan.Texts.Add(new GText(policyId, null, "summary", Compose(r, Words.SummarySentences, 2 + r.Next(2), ctx)));
            }
            var itemId = $"{policyId}-s{s}";
            var itemCtx = Context(r, to);
            plan.Nodes.Add(new GNode(itemId, policyId, 2, $"({s})", TitleOf(itemCtx), [], null, null));
            plan.Texts.Add(new GText(itemId, null, "summary", Compose(r, Words.SummarySentences, 2 + r.Next(2), itemCtx)));
            string? itemLead = null;
            for (var k = 1; k <= perItem[ii]; k++)
            {
                var id = $"{itemId}-i{k}";
                var ctx = Context(r, to);
                var title = r.Next(2) == 0
                    ? new Bi($"{ctx.Method.Ja}による{ctx.Area.Ja}の{ctx.Verb.Ja}", $"{string.Format(CultureInfo.InvariantCulture, ctx.Verb.EnTitle, ctx.Area.En)} through {ctx.Method.En}")
                    : TitleOf(ctx);
                var themes = PickThemes(r);
                int? ended = r.Next(100) < 5 ? from + 1 + r.Next(2) : null;
                var lastYear = ended ?? reported;
                plan.Nodes.Add(new GNode(id, itemId, 3, $"No.{++initiativeNo}", title, themes, r.Next(100) < 40, ended));

                // Departments: one lead (every department leads at least one initiative), 0–2 related.
                var lead = plan.Departments[leadOrder[(initiativeNo - 1) % leadOrder.Length]];
                itemLead ??= lead.Id;
                plan.NodeDepartments.Add(new GNodeDepartment(id, lead.Id, "lead"));
                var related = r.Next(4) switch { 0 or 1 => 0, 2 => 1, _ => 2 };
                foreach (var d in plan.Departments.Where(d => d.Id != lead.Id).OrderBy(_ => r.Next()).Take(related))
                    plan.NodeDepartments.Add(new GNodeDepartment(id, d.Id, "related"));

                // Ratings: three 0–3 axes, their sum, and an A–D grade, for each year up to the reported one.
                for (var y = from; y <= lastYear; y++)
                {
                    var axes = new[] { Score(r), Score(r), Score(r) };
                    var total = axes.Sum();
                    var grade = total >= 8 ? "A" : total >= 6 ? "B" : total >= 3 ? "C" : "D";
                    if (y == reported && grade is "A" or "B") abCount++;
                    plan.Ratings.Add(new GRating(id, y, "progress", Str(axes[0]), null));
                    plan.Ratings.Add(new GRating(id, y, "effect", Str(axes[1]), null));
                    plan.Ratings.Add(new GRating(id, y, "efficiency", Str(axes[2]), null));
                    plan.Ratings.Add(new GRating(id, y, "total", Str(total), null));
                    plan.Ratings.Add(new GRating(id, y, "overall", grade, y == lastYear && r.Next(2) == 0 ? Words.Reasons[r.Next(Words.Reasons.Length)] : null));
                }

                // Effects in 千円, on initiatives only (parents carry no totals to check).
                var effectKind = r.Next(100);
                if (effectKind < 60)
                {
                    for (var y = from; y <= lastYear; y++)
                    {
                        var planned = 100 + r.Next(30_000);
                        var actual = (long)Math.Round(planned * (0.6 + r.NextDouble() * 0.7));
                        plan.Effects.Add(new GEffect(id, y, "planned", planned, null));
                        plan.Effects.Add(new GEffect(id, y, "actual", actual, r.Next(10) == 0 ? Words.EffectNotes[r.Next(Words.EffectNotes.Length)] : null));
                    }
                }
                else if (effectKind < 75)
                {
                    plan.Effects.Add(new GEffect(id, lastYear, "actual", null, Words.EffectTexts[r.Next(Words.EffectTexts.Length)]));
                }

                // A KPI for about 30 % of the initiatives.
                if (r.Next(100) < 30) AddKpi(r, plan, id, from, to, lastYear);

                // Schedule: one or two lines over the plan period.
                var lines = Enumerable.Range(0, Words.ScheduleLines.Length).OrderBy(_ => r.Next()).Take(r.Next(10) < 7 ? 1 : 2).ToList();
                for (var row = 0; row < lines.Count; row++)
                {
                    var (task, entries) = Words.ScheduleLines[lines[row]];
                    for (var y = from; y <= (ended ?? to); y++)
                    {
                        var status = y > reported ? "" : y == ended ? "done" : r.Next(100) switch { < 75 => "on_schedule", < 83 => "ahead", < 95 => "delayed", _ => "revised" };
                        plan.Schedule.Add(new GSchedule(id, row + 1, task, y, entries[y - from], status));
                    }
                }

                // Texts: what it does; results per year; issues and direction for the reported year.
                plan.Texts.Add(new GText(id, null, "summary", Compose(r, Words.SummarySentences, 2 + r.Next(3), ctx)));
                for (var y = from; y <= lastYear; y++)
                    plan.Texts.Add(new GText(id, y, "result", Compose(r, Words.ResultSentences, 2 + r.Next(3), ctx with { Year = y })));
                if (ended is null)
                {
                    plan.Texts.Add(new GText(id, reported, "issue", Compose(r, Words.IssueSentences, 2 + r.Next(2), ctx)));
                    plan.Texts.Add(new GText(id, reported, "direction", Compose(r, Words.DirectionSentences, 2 + r.Next(2), ctx)));
                }
            }
            if (itemLead is not null)
            {
                plan.NodeDepartments.Add(new GNodeDepartment(itemId, itemLead, "lead"));
                if (s == 1) plan.NodeDepartments.Add(new GNodeDepartment(policyId, itemLead, "lead"));
            }
        }

        var description = new Bi(
            $"{city.Ja}では、{FyJa(from)}から{FyJa(to)}までを計画期間とする「{planName.Title.Ja}」に基づき、行財政改革に取り組んでいる。本報告書は、{FyJa(reported)}の取組状況と評価結果を取りまとめたものである。\n\n"
            + $"全{initiativeNo}件の取組のうち、{FyJa(reported)}の総合評価がＡ又はＢの取組は{abCount}件であった。",
            $"{city.En} is carrying out administrative and fiscal reform under the {planName.Title.En}, whose plan period runs from FY{from} to FY{to}. This report summarises the progress and the evaluation results for FY{reported}.\n\n"
            + $"Of the {initiativeNo} initiatives, {abCount} received an overall grade of A or B for FY{reported}.");
        plan.Description = description;
        return plan;
    }

    private static void AddKpi(Random r, GPlan plan, string nodeId, int from, int to, int lastYear)
    {
        var w = Words.Kpis[r.Next(Words.Kpis.Length)];
        var id = $"{nodeId}-kpi1";
        var baseline = w.Min + r.NextDouble() * (w.Max - w.Min);
        var change = 0.1 + r.NextDouble() * 0.2;
        var target = w.Direction == "increase" ? baseline * (1 + change) : baseline * (1 - change);
        if (w.UnitJa == "%") target = Math.Min(target, 100);
        decimal Round(double v) => Math.Round((decimal)(w.UnitJa == "%" ? Math.Min(v, 100) : v), w.Decimals);
        plan.Kpis.Add(new GKpi(id, nodeId, w, Round(baseline), from - 1, Round(target), to));
        for (var y = from; y <= to; y++)
        {
            var share = (y - from + 1) / (double)(to - from + 1);
            var planned = baseline + (target - baseline) * share;
            plan.KpiValues.Add(new GKpiValue(id, y, "planned", Round(planned)));
            if (y <= lastYear)
                plan.KpiValues.Add(new GKpiValue(id, y, "actual", Round(planned * (0.85 + r.NextDouble() * 0.25))));
        }
    }

    private static int Score(Random r) => r.Next(10) switch { 0 => 0, < 3 => 1, < 7 => 2, _ => 3 };

    private static string[] PickThemes(Random r)
    {
        var first = r.Next(Words.Themes.Length);
        if (r.Next(3) != 0) return [Words.Themes[first].Id];
        var second = (first + 1 + r.Next(Words.Themes.Length - 1)) % Words.Themes.Length;
        return [Words.Themes[first].Id, Words.Themes[second].Id];
    }

    /// <summary>What the texts of one node talk about.</summary>
    public sealed record TextContext(Bi Area, Bi Method, Verb Verb, int TargetYear, int? Year);

    private static TextContext Context(Random r, int to) =>
        new(Words.Areas[r.Next(Words.Areas.Length)], Words.Methods[r.Next(Words.Methods.Length)], Words.Verbs[r.Next(Words.Verbs.Length)], to, null);

    private static Bi TitleOf(TextContext c) =>
        new($"{c.Area.Ja}の{c.Verb.Ja}", string.Format(CultureInfo.InvariantCulture, c.Verb.EnTitle, c.Area.En));

    /// <summary>2–4 sentences from the templates, without repeats; sometimes split into paragraphs.</summary>
    public static Bi Compose(Random r, Bi[] templates, int count, TextContext c)
    {
        var order = Enumerable.Range(0, templates.Length).ToArray();
        Shuffle(r, order);
        var ja = new StringBuilder();
        var en = new StringBuilder();
        for (var i = 0; i < Math.Min(count, order.Length); i++)
        {
            if (i > 0)
            {
                var paragraph = r.Next(10) < 3;
                ja.Append(paragraph ? "\n" : "");
                en.Append(paragraph ? "\n" : " ");
            }
            var n = (2 + r.Next(39)).ToString(CultureInfo.InvariantCulture);
            var pct = (5 + r.Next(56)).ToString(CultureInfo.InvariantCulture);
            var t = templates[order[i]];
            ja.Append(Fill(t.Ja, c, n, pct, ja: true));
            en.Append(Fill(t.En, c, n, pct, ja: false));
        }
        return new Bi(ja.ToString(), en.ToString());
    }

    private static string Fill(string template, TextContext c, string n, string pct, bool ja) =>
        template
            .Replace("{A}", ja ? c.Area.Ja : c.Area.En)
            .Replace("{M}", ja ? c.Method.Ja : c.Method.En)
            .Replace("{V}", ja ? c.Verb.Ja : string.Format(CultureInfo.InvariantCulture, c.Verb.EnBase, c.Area.En))
            .Replace("{N}", n)
            .Replace("{P}", pct)
            .Replace("{Y}", c.Year is int y ? (ja ? FyJa(y) : $"FY{y}") : (ja ? "当該年度" : "the year"))
            .Replace("{T}", ja ? FyJa(c.TargetYear) : $"FY{c.TargetYear}");

    /// <summary>令和3年度 for 2021, 令和元年度 for 2019, 平成30年度 for 2018.</summary>
    public static string FyJa(int year) =>
        year >= 2019 ? $"令和{(year == 2019 ? "元" : (year - 2018).ToString(CultureInfo.InvariantCulture))}年度" : $"平成{year - 1988}年度";

    public static string Slugify(string english)
    {
        var sb = new StringBuilder();
        foreach (var ch in english.Replace("'", "").ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    public static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);

    public static void Shuffle<T>(Random r, T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
