using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reform.Site.Bench.Generator;

/// <summary>Writes plans in the canonical format (docs/data-format.md): one folder per plan with
/// plan.json and the CSV tables; UTF-8 without BOM, LF line ends, RFC 4180 quoting.</summary>
internal static class CanonicalWriter
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteThemes(string dataDir)
    {
        using var w = new Csv(Path.Combine(dataDir, "themes.csv"), "id", "name_ja", "name_en", "description_ja", "description_en");
        foreach (var t in Words.Themes) w.Row(t.Id, t.NameJa, t.NameEn, t.DescriptionJa, t.DescriptionEn);
    }

    public static void Write(string dataDir, GPlan p)
    {
        var dir = Path.Combine(dataDir, "plans", p.Key);
        Directory.CreateDirectory(dir);
        WritePlanJson(Path.Combine(dir, "plan.json"), p);

        using (var w = new Csv(Path.Combine(dir, "nodes.csv"), "id", "parent_id", "level", "number", "title_ja", "title_en", "tags", "themes", "continued", "ended_fy"))
            foreach (var n in p.Nodes)
                w.Row(n.Id, n.ParentId, Str(n.Level), n.Number, n.Title.Ja, n.Title.En, null, string.Join(';', n.Themes),
                    n.Continued is bool c ? (c ? "true" : "false") : null, n.EndedFy is int e ? Str(e) : null);

        using (var w = new Csv(Path.Combine(dir, "departments.csv"), "id", "name_ja", "name_en", "bureau_ja", "bureau_en"))
            foreach (var d in p.Departments) w.Row(d.Id, d.Name.Ja, d.Name.En, d.Bureau.Ja, d.Bureau.En);

        using (var w = new Csv(Path.Combine(dir, "node_departments.csv"), "node_id", "department_id", "role"))
            foreach (var d in p.NodeDepartments) w.Row(d.NodeId, d.DepartmentId, d.Role);

        using (var w = new Csv(Path.Combine(dir, "ratings.csv"), "node_id", "fiscal_year", "assessment", "value", "reason_ja", "reason_en"))
            foreach (var r in p.Ratings) w.Row(r.NodeId, Str(r.Fy), r.Assessment, r.Value, r.Reason?.Ja, r.Reason?.En);

        using (var w = new Csv(Path.Combine(dir, "effects.csv"), "node_id", "fy_from", "fy_to", "kind", "amount", "unit", "approximate", "text_ja", "text_en"))
            foreach (var e in p.Effects)
                w.Row(e.NodeId, Str(e.Fy), Str(e.Fy), e.Kind, e.Amount?.ToString(CultureInfo.InvariantCulture), e.Amount is null ? null : "千円", null, e.Text?.Ja, e.Text?.En);

        using (var w = new Csv(Path.Combine(dir, "kpis.csv"), "id", "node_id", "name_ja", "name_en", "unit_ja", "unit_en", "baseline", "baseline_fy", "target", "target_fy", "direction"))
            foreach (var k in p.Kpis)
                w.Row(k.Id, k.NodeId, k.Word.NameJa, k.Word.NameEn, k.Word.UnitJa, k.Word.UnitEn, Num(k.Baseline), Str(k.BaselineFy), Num(k.Target), Str(k.TargetFy), k.Word.Direction);

        using (var w = new Csv(Path.Combine(dir, "kpi_values.csv"), "kpi_id", "fiscal_year", "kind", "value", "note_ja", "note_en"))
            foreach (var v in p.KpiValues) w.Row(v.KpiId, Str(v.Fy), v.Kind, Num(v.Value), null, null);

        using (var w = new Csv(Path.Combine(dir, "schedule.csv"), "node_id", "row", "task_ja", "task_en", "fiscal_year", "entry_ja", "entry_en", "status"))
            foreach (var s in p.Schedule) w.Row(s.NodeId, Str(s.Row), s.Task.Ja, s.Task.En, Str(s.Fy), s.Entry.Ja, s.Entry.En, s.Status);

        using (var w = new Csv(Path.Combine(dir, "texts.csv"), "node_id", "fiscal_year", "kind", "department_id", "item", "text_ja", "text_en"))
            foreach (var t in p.Texts) w.Row(t.NodeId, t.Fy is int y ? Str(y) : null, t.Kind, null, null, t.Text.Ja, t.Text.En);
    }

    private static void WritePlanJson(string path, GPlan p)
    {
        using var stream = File.Create(path);
        using var j = new Utf8JsonWriter(stream, JsonOptions);
        j.WriteStartObject();
        j.WriteString("format", "reform-site/1");
        j.WriteStartObject("municipality");
        j.WriteString("code", p.Code);
        Text(j, "name", p.City);
        Text(j, "prefecture", p.Prefecture);
        j.WriteEndObject();

        j.WriteStartObject("plan");
        j.WriteString("id", p.Slug);
        Text(j, "title", p.Title);
        Text(j, "report_title", p.ReportTitle);
        j.WriteStartObject("period");
        j.WriteNumber("from", p.From);
        j.WriteNumber("to", p.To);
        j.WriteEndObject();
        j.WriteNumber("reported_fiscal_year", p.Reported);
        Text(j, "publisher", new(p.City.Ja + "行政改革推進課", $"Administrative Reform Division, {p.City.En}"));
        j.WriteString("published", p.Published);
        j.WriteStartObject("source");
        Text(j, "title", p.ReportTitle);
        j.WriteString("url", "");
        j.WriteString("file", "");
        j.WriteEndObject();
        Text(j, "description", p.Description);
        j.WriteString("license", "PDL-1.0");
        j.WriteEndObject();

        j.WriteStartArray("levels");
        for (var i = 0; i < Shared.Levels.Length; i++)
        {
            j.WriteStartObject();
            j.WriteNumber("depth", i + 1);
            Text(j, "name", Shared.Levels[i]);
            j.WriteEndObject();
        }
        j.WriteEndArray();

        j.WriteStartArray("evaluators");
        foreach (var (id, name) in Shared.Evaluators)
        {
            j.WriteStartObject();
            j.WriteString("id", id);
            Text(j, "name", name);
            j.WriteEndObject();
        }
        j.WriteEndArray();

        j.WriteStartArray("scales");
        j.WriteStartObject();
        j.WriteString("id", "grade-a-d");
        j.WriteString("kind", "ordinal");
        j.WriteStartArray("levels");
        for (var i = 0; i < Shared.Grades.Length; i++)
        {
            var (code, symbol, label) = Shared.Grades[i];
            j.WriteStartObject();
            j.WriteString("code", code);
            j.WriteString("symbol", symbol);
            j.WriteNumber("order", i + 1);
            Text(j, "label", label);
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteEndObject();
        Numeric(j, "score-0-3", 3);
        Numeric(j, "score-0-9", 9);
        j.WriteEndArray();

        j.WriteStartArray("assessments");
        foreach (var (id, evaluator, name, scale, sumOf) in Shared.Assessments)
        {
            j.WriteStartObject();
            j.WriteString("id", id);
            j.WriteString("evaluator", evaluator);
            Text(j, "name", name);
            j.WriteString("scale", scale);
            if (sumOf.Length > 0)
            {
                j.WriteStartArray("sum_of");
                foreach (var s in sumOf) j.WriteStringValue(s);
                j.WriteEndArray();
            }
            j.WriteEndObject();
        }
        j.WriteEndArray();

        j.WriteStartArray("tags");
        j.WriteEndArray();
        j.WriteStartArray("text_kinds");
        foreach (var (id, name) in Shared.TextKinds)
        {
            j.WriteStartObject();
            j.WriteString("id", id);
            Text(j, "name", name);
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteStartArray("related_plans");
        j.WriteEndArray();
        j.WriteEndObject();
    }

    private static void Numeric(Utf8JsonWriter j, string id, int max)
    {
        j.WriteStartObject();
        j.WriteString("id", id);
        j.WriteString("kind", "numeric");
        j.WriteNumber("min", 0);
        j.WriteNumber("max", max);
        j.WriteNumber("decimals", 0);
        j.WriteEndObject();
    }

    public static void Text(Utf8JsonWriter j, string name, Bi text)
    {
        j.WriteStartObject(name);
        j.WriteString("ja", text.Ja);
        j.WriteString("en", text.En);
        j.WriteEndObject();
    }

    private static string Str(int v) => v.ToString(CultureInfo.InvariantCulture);

    public static string Num(decimal v) => v.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A minimal RFC 4180 CSV writer.</summary>
internal sealed class Csv : IDisposable
{
    private readonly StreamWriter _w;

    public Csv(string path, params string[] header)
    {
        _w = new StreamWriter(path, false, CanonicalWriter.Utf8) { NewLine = "\n" };
        Row(header);
    }

    public void Row(params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) _w.Write(',');
            var c = cells[i] ?? "";
            if (c.AsSpan().IndexOfAny(",\"\n\r") >= 0) _w.Write('"' + c.Replace("\"", "\"\"") + '"');
            else _w.Write(c);
        }
        _w.Write('\n');
    }

    public void Dispose() => _w.Dispose();
}
