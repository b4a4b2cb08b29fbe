using System.Text.Json;

namespace Reform.Site.Bench.Generator;

/// <summary>Writes the same records as a Hugo content tree: <c>content/{ja,en}/plans/&lt;key&gt;/</c>
/// with a section page per plan (<c>_index.md</c>), a departments page, and one page per node
/// whose JSON front matter carries the node's fields as raw records (the layouts shape them into
/// tables, as Reform.Site does). Shared definitions go to <c>data/reform.json</c>.</summary>
internal static class HugoWriter
{
    private static readonly string[] Langs = ["ja", "en"];

    private static string L(Bi text, string lang) => lang == "ja" ? text.Ja : text.En;

    public static void WriteShared(string hugoDir)
    {
        Directory.CreateDirectory(Path.Combine(hugoDir, "data"));
        using (var stream = File.Create(Path.Combine(hugoDir, "data", "reform.json")))
        using (var j = new Utf8JsonWriter(stream, CanonicalWriter.JsonOptions))
        {
            j.WriteStartObject();
            j.WriteStartArray("levels");
            foreach (var l in Shared.Levels) Bi(j, null, l);
            j.WriteEndArray();
            j.WriteStartObject("evaluators");
            foreach (var (id, name) in Shared.Evaluators) Bi(j, id, name);
            j.WriteEndObject();
            j.WriteStartArray("assessments");
            foreach (var (id, evaluator, name, scale, _) in Shared.Assessments)
            {
                j.WriteStartObject();
                j.WriteString("id", id);
                j.WriteString("evaluator", evaluator);
                Bi(j, "name", name);
                j.WriteBoolean("ordinal", scale == "grade-a-d");
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteStartObject("grades");
            foreach (var (code, symbol, label) in Shared.Grades)
            {
                j.WriteStartObject(code);
                j.WriteString("symbol", symbol);
                Bi(j, "label", label);
                j.WriteEndObject();
            }
            j.WriteEndObject();
            j.WriteStartArray("text_kinds");
            foreach (var (id, name) in Shared.TextKinds)
            {
                j.WriteStartObject();
                j.WriteString("id", id);
                Bi(j, "name", name);
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteStartObject("themes");
            foreach (var t in Words.Themes)
            {
                j.WriteStartObject(t.Id);
                Bi(j, "name", new(t.NameJa, t.NameEn));
                Bi(j, "description", new(t.DescriptionJa, t.DescriptionEn));
                j.WriteEndObject();
            }
            j.WriteEndObject();
            j.WriteEndObject();
        }

        foreach (var lang in Langs)
        {
            var dir = Path.Combine(hugoDir, "content", lang, "plans");
            Directory.CreateDirectory(dir);
            // The /plans/ section exists for the tree but is not a page of its own (Reform.Site has none).
            WritePage(Path.Combine(dir, "_index.md"), j =>
            {
                j.WriteString("title", lang == "ja" ? "計画" : "Plans");
                j.WriteStartObject("_build");
                j.WriteString("render", "never");
                j.WriteEndObject();
            });
        }
    }

    public static void Write(string hugoDir, GPlan p)
    {
        var nodesById = p.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var deptById = p.Departments.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var deptsOf = p.NodeDepartments.ToLookup(d => d.NodeId, StringComparer.Ordinal);
        var ratingsOf = p.Ratings.ToLookup(r => r.NodeId, StringComparer.Ordinal);
        var effectsOf = p.Effects.ToLookup(e => e.NodeId, StringComparer.Ordinal);
        var kpisOf = p.Kpis.ToLookup(k => k.NodeId, StringComparer.Ordinal);
        var kpiValuesOf = p.KpiValues.ToLookup(v => v.KpiId, StringComparer.Ordinal);
        var scheduleOf = p.Schedule.ToLookup(s => s.NodeId, StringComparer.Ordinal);
        var textsOf = p.Texts.ToLookup(t => t.NodeId, StringComparer.Ordinal);

        foreach (var lang in Langs)
        {
            var dir = Path.Combine(hugoDir, "content", lang, "plans", p.Key);
            Directory.CreateDirectory(dir);

            WritePage(Path.Combine(dir, "_index.md"), j =>
            {
                j.WriteString("title", $"{L(p.City, lang)}: {L(p.Title, lang)}");
                j.WriteNumber("weight", p.Index + 1);
                j.WriteString("plan_key", p.Key);
                j.WriteString("code", p.Code);
                j.WriteString("municipality", L(p.City, lang));
                j.WriteString("prefecture", L(p.Prefecture, lang));
                j.WriteString("plan_title", L(p.Title, lang));
                j.WriteString("report_title", L(p.ReportTitle, lang));
                j.WriteNumber("period_from", p.From);
                j.WriteNumber("period_to", p.To);
                j.WriteNumber("reported_fy", p.Reported);
                j.WriteString("publisher", lang == "ja" ? p.City.Ja + "行政改革推進課" : $"Administrative Reform Division, {p.City.En}");
                j.WriteString("published", p.Published);
                j.WriteString("description", L(p.Description, lang));
                j.WriteNumber("department_count", p.Departments.Count);
            });

            WritePage(Path.Combine(dir, "departments.md"), j =>
            {
                j.WriteString("title", $"{(lang == "ja" ? "担当部署の一覧" : "Departments")} | {L(p.City, lang)}");
                j.WriteString("layout", "departments");
                j.WriteStartObject("_build");
                j.WriteString("list", "never");
                j.WriteEndObject();
                j.WriteString("plan_key", p.Key);
                j.WriteStartArray("depts");
                foreach (var d in p.Departments)
                {
                    j.WriteStartObject();
                    j.WriteString("term", $"{p.Key}-{d.Id}");
                    j.WriteString("name", L(d.Name, lang));
                    j.WriteString("bureau", L(d.Bureau, lang));
                    j.WriteNumber("count", p.NodeDepartments.Count(x => x.DepartmentId == d.Id));
                    j.WriteEndObject();
                }
                j.WriteEndArray();
            });

            for (var i = 0; i < p.Nodes.Count; i++)
            {
                var n = p.Nodes[i];
                WritePage(Path.Combine(dir, n.Id + ".md"), j =>
                {
                    j.WriteString("title", L(n.Title, lang));
                    j.WriteNumber("weight", i + 1);
                    j.WriteString("plan_key", p.Key);
                    j.WriteString("node_id", n.Id);
                    j.WriteString("number", n.Number);
                    j.WriteNumber("level", n.Level);
                    j.WriteString("level_name", L(Shared.Levels[n.Level - 1], lang));
                    j.WriteString("parent", n.ParentId ?? "");

                    j.WriteStartArray("ancestors");
                    var chain = new List<GNode>();
                    for (var a = n.ParentId is { } pid ? nodesById[pid] : null; a is not null; a = a.ParentId is { } q ? nodesById[q] : null) chain.Insert(0, a);
                    foreach (var a in chain)
                    {
                        j.WriteStartObject();
                        j.WriteString("id", a.Id);
                        j.WriteString("number", a.Number);
                        j.WriteString("title", L(a.Title, lang));
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();
                    j.WriteStartArray("ancestor_ids"); // for the rating distributions of parent pages
                    foreach (var a in chain) j.WriteStringValue(a.Id);
                    j.WriteEndArray();

                    j.WriteStartArray("depts");
                    foreach (var nd in deptsOf[n.Id])
                    {
                        var d = deptById[nd.DepartmentId];
                        j.WriteStartObject();
                        j.WriteString("id", d.Id);
                        j.WriteString("name", L(d.Name, lang));
                        j.WriteString("bureau", L(d.Bureau, lang));
                        j.WriteString("role", nd.Role);
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();
                    j.WriteStartArray("departments"); // the taxonomy: one term per plan and department
                    foreach (var nd in deptsOf[n.Id]) j.WriteStringValue($"{p.Key}-{nd.DepartmentId}");
                    j.WriteEndArray();
                    j.WriteStartArray("themes"); // the taxonomy of shared themes
                    foreach (var t in n.Themes) j.WriteStringValue(t);
                    j.WriteEndArray();
                    if (n.Continued is bool c) j.WriteBoolean("continued", c);
                    if (n.EndedFy is int ended) j.WriteNumber("ended_fy", ended);

                    j.WriteStartArray("ratings");
                    foreach (var r in ratingsOf[n.Id])
                    {
                        j.WriteStartObject();
                        j.WriteNumber("fy", r.Fy);
                        j.WriteString("a", r.Assessment);
                        j.WriteString("v", r.Value);
                        if (r.Reason is { } reason) j.WriteString("reason", L(reason, lang));
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();

                    j.WriteStartArray("effects");
                    foreach (var e in effectsOf[n.Id])
                    {
                        j.WriteStartObject();
                        j.WriteNumber("from", e.Fy);
                        j.WriteNumber("to", e.Fy);
                        j.WriteString("kind", e.Kind);
                        if (e.Amount is long amount)
                        {
                            j.WriteNumber("amount", amount);
                            j.WriteString("unit", "千円");
                        }
                        if (e.Text is { } text) j.WriteString("text", L(text, lang));
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();

                    j.WriteStartArray("kpis");
                    foreach (var k in kpisOf[n.Id])
                    {
                        j.WriteStartObject();
                        j.WriteString("name", lang == "ja" ? k.Word.NameJa : k.Word.NameEn);
                        j.WriteString("unit", lang == "ja" ? k.Word.UnitJa : k.Word.UnitEn);
                        j.WriteNumber("baseline", k.Baseline);
                        j.WriteNumber("baseline_fy", k.BaselineFy);
                        j.WriteNumber("target", k.Target);
                        j.WriteNumber("target_fy", k.TargetFy);
                        j.WriteStartArray("values");
                        foreach (var v in kpiValuesOf[k.Id])
                        {
                            j.WriteStartObject();
                            j.WriteNumber("fy", v.Fy);
                            j.WriteString("kind", v.Kind);
                            j.WriteNumber("v", v.Value);
                            j.WriteEndObject();
                        }
                        j.WriteEndArray();
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();

                    j.WriteStartArray("schedule");
                    foreach (var s in scheduleOf[n.Id])
                    {
                        j.WriteStartObject();
                        j.WriteNumber("row", s.Row);
                        j.WriteString("task", L(s.Task, lang));
                        j.WriteNumber("fy", s.Fy);
                        j.WriteString("entry", L(s.Entry, lang));
                        j.WriteString("status", s.Status);
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();

                    j.WriteStartArray("texts");
                    foreach (var t in textsOf[n.Id])
                    {
                        j.WriteStartObject();
                        j.WriteString("kind", t.Kind);
                        if (t.Fy is int y) j.WriteNumber("fy", y);
                        j.WriteString("text", L(t.Text, lang));
                        j.WriteEndObject();
                    }
                    j.WriteEndArray();
                });
            }
        }
    }

    private static void Bi(Utf8JsonWriter j, string? name, Bi text)
    {
        if (name is null) j.WriteStartObject();
        else j.WriteStartObject(name);
        j.WriteString("ja", text.Ja);
        j.WriteString("en", text.En);
        j.WriteEndObject();
    }

    /// <summary>A content file whose whole content is its JSON front matter.</summary>
    private static void WritePage(string path, Action<Utf8JsonWriter> frontMatter)
    {
        using var stream = File.Create(path);
        using (var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = CanonicalWriter.JsonOptions.Encoder }))
        {
            j.WriteStartObject();
            frontMatter(j);
            j.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
