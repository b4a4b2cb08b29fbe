using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>One nested JSON document per plan: the plan's definitions, then its hierarchy with
/// every node carrying its own departments, ratings, counts, effects, KPIs, schedule and
/// texts. Described by <c>schema/plan-document.schema.json</c>.</summary>
internal static class PlanDocument
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Plan plan)
    {
        using var buffer = new MemoryStream();
        Write(buffer, plan);
        return buffer.ToArray();
    }

    /// <summary>The same bytes as <see cref="Write(Plan)"/>, written to <paramref name="target"/>.</summary>
    public static void Write(Stream target, Plan plan)
    {
        using (var w = new Utf8JsonWriter(target, Options)) WritePlan(w, plan);
        target.Write("\n"u8);
    }

    /// <summary>The all-plans document from the plans' own documents (as <see cref="Write(Plan)"/> made
    /// them), asked for one at a time, so no plan is serialized twice and the whole never sits in
    /// memory: each is indented one level deeper and put in the <c>plans</c> array. Byte for byte
    /// what writing them nested gives, since JSON strings hold no raw line breaks.</summary>
    public static void Combine(Stream target, IEnumerable<Func<Stream>> planDocuments)
    {
        target.Write("{\n  \"format\": \"reform-site/1\",\n  \"plans\": ["u8);
        var i = 0;
        var buffer = new byte[1 << 16];
        foreach (var open in planDocuments)
        {
            target.Write(i++ == 0 ? "\n    "u8 : ",\n    "u8);
            // Copied a buffer at a time, every line indented one level deeper. A line break is
            // written only once more follows, so the document's final one is left out.
            using var document = open();
            var lineBreak = false;
            for (var read = document.Read(buffer); read > 0; read = document.Read(buffer))
            {
                var chunk = buffer.AsSpan(0, read);
                for (var next = chunk.IndexOf((byte)'\n'); next >= 0; next = chunk.IndexOf((byte)'\n'))
                {
                    if (lineBreak) target.Write("\n    "u8);
                    target.Write(chunk[..next]);
                    lineBreak = true;
                    chunk = chunk[(next + 1)..];
                }
                if (chunk.Length == 0) continue;
                if (lineBreak) target.Write("\n    "u8);
                target.Write(chunk);
                lineBreak = false;
            }
        }
        target.Write(i == 0 ? "]\n}\n"u8 : "\n  ]\n}\n"u8);
    }

    private static void WritePlan(Utf8JsonWriter w, Plan plan)
    {
        var m = plan.Metadata;
        w.WriteStartObject();
        w.WriteString("format", "reform-site/1");
        w.WriteString("key", plan.Key);
        w.WriteStartObject("municipality");
        w.WriteString("code", plan.Municipality.Code);
        Text(w, "name", plan.Municipality.Name);
        Text(w, "prefecture", plan.Municipality.Prefecture);
        w.WriteEndObject();
        w.WriteStartObject("plan");
        w.WriteString("id", m.Id);
        Text(w, "title", m.Title);
        Text(w, "report_title", m.ReportTitle);
        w.WriteStartObject("period");
        w.WriteNumber("from", m.Period.From);
        if (m.Period.To is int to) w.WriteNumber("to", to); else w.WriteNull("to");
        if (m.Period.OriginalTo is int originalTo) w.WriteNumber("original_to", originalTo);
        w.WriteEndObject();
        w.WriteNumber("reported_fiscal_year", m.ReportedFiscalYear);
        Text(w, "publisher", m.Publisher);
        w.WriteString("published", m.Published);
        if (m.PublishedApproximate) w.WriteBoolean("published_approximate", true);
        w.WriteStartObject("source");
        Text(w, "title", m.Source.Title);
        w.WriteString("url", m.Source.Url ?? "");
        w.WriteString("file", m.Source.File ?? "");
        if (m.Source.Retrieved is { } retrieved) w.WriteString("retrieved", retrieved);
        w.WriteEndObject();
        if (m.Sources.Count > 0)
            Array(w, "sources", m.Sources, (w, s) =>
            {
                w.WriteString("id", s.Id); Text(w, "title", s.Document.Title); w.WriteString("url", s.Document.Url ?? ""); w.WriteString("file", s.Document.File ?? "");
                if (s.Published is not null) w.WriteString("published", s.Published);
            });
        Text(w, "description", m.Description);
        w.WriteString("license", m.License);
        if (m.ReportItems is { } items)
        {
            w.WriteStartObject("report_items");
            w.WriteNumber("level", items.Level);
            w.WriteNumber("count", items.Count);
            w.WriteEndObject();
        }
        if (m.ChangeNotes.Count > 0)
            Array(w, "change_notes", m.ChangeNotes, (w, n) => { w.WriteString("date", n.Date); Text(w, "note", n.Note); });
        if (m.Contact is { } contact)
        {
            w.WriteStartObject("contact");
            Text(w, "name", contact.Name);
            w.WriteString("url", contact.Url);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        Array(w, "levels", plan.Levels, (w, l) => { w.WriteNumber("depth", l.Depth); Text(w, "name", l.Name); });
        Array(w, "evaluators", plan.Evaluators, (w, e) => { w.WriteString("id", e.Id); Text(w, "name", e.Name); });
        Array(w, "scales", plan.Scales, WriteScale);
        Array(w, "assessments", plan.Assessments, (w, a) =>
        {
            w.WriteString("id", a.Id); w.WriteString("evaluator", a.EvaluatorId); Text(w, "name", a.Name); w.WriteString("scale", a.ScaleId);
            Text(w, "description", a.Description);
            if (a.SumOf.Count > 0) { w.WriteStartArray("sum_of"); foreach (var s in a.SumOf) w.WriteStringValue(s); w.WriteEndArray(); }
            if (a.MeanOf is not null) w.WriteString("mean_of", a.MeanOf);
            if (a.MethodChanges.Count > 0)
                Array(w, "method_changes", a.MethodChanges, (w, change) => { w.WriteNumber("fiscal_year", change.FiscalYear); Text(w, "note", change.Note); });
        });
        Array(w, "tags", plan.Tags, (w, t) => { w.WriteString("id", t.Id); Text(w, "name", t.Name); });
        Array(w, "text_kinds", plan.TextKinds, (w, t) => { w.WriteString("id", t.Id); Text(w, "name", t.Name); });
        Array(w, "related_plans", plan.RelatedPlans, (w, r) => { Text(w, "name", r.Name); Text(w, "relation", r.Relation); Text(w, "period", r.Period); });
        Array(w, "departments", plan.Departments, (w, d) => { w.WriteString("id", d.Id); Text(w, "name", d.Name); Text(w, "bureau", d.Bureau); });
        Sourced(w, plan, "tallies", plan.Tallies.Where(t => t.NodeId is null), t => t.Source, WriteTally);
        Sourced(w, plan, "tag_ratings", plan.TagRatings, r => r.Source, (w, r) =>
        {
            w.WriteString("tag", r.TagId); w.WriteNumber("fiscal_year", r.FiscalYear);
            if (r.FiscalYearFrom is int from) w.WriteNumber("fy_from", from);
            if (r.AsOf is not null) w.WriteString("as_of", r.AsOf);
            w.WriteString("assessment", r.AssessmentId); w.WriteString("value", r.Value);
        });
        Sourced(w, plan, "effects", plan.Effects.Where(e => e.NodeId is null), e => e.Source, WriteEffect);
        Sourced(w, plan, "kpis", plan.Index.KpisOf(null), k => k.Source, (w, k) => WriteKpi(w, plan, k));
        Sourced(w, plan, "texts", plan.Index.TextsOf(null), t => t.Source, WriteText);
        Sourced(w, plan, "nodes", plan.Index.Roots, n => n.Source, (w, n) => WriteNode(w, plan, n));
        Sourced(w, plan, "unplaced_nodes", plan.Index.Unplaced, n => n.Source, (w, n) => WriteNode(w, plan, n));
        w.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter w, Plan plan, Node n)
    {
        w.WriteString("id", n.Id);
        if (n.Number is not null) w.WriteString("number", n.Number);
        w.WriteNumber("level", n.Level);
        Text(w, "title", n.Title);
        Strings(w, "tags", n.Tags);
        Strings(w, "themes", n.Topics);
        if (n.Continued is bool c) w.WriteBoolean("continued", c);
        if (n.EndedFiscalYear is int e) w.WriteNumber("ended_fy", e);
        if (n.AddedFiscalYear is int added) w.WriteNumber("added_fy", added);
        if (n.MergedInto is not null) w.WriteString("merged_into", n.MergedInto);
        Array(w, "departments", plan.Index.DepartmentLinksOf(n.Id), (w, d) => { w.WriteString("id", d.DepartmentId); if (d.Role is not null) w.WriteString("role", d.Role); });
        Sourced(w, plan, "ratings", plan.Index.RatingsOf(n.Id), r => r.Source, (w, r) =>
        {
            w.WriteNumber("fiscal_year", r.FiscalYear);
            if (r.FiscalYearFrom is int from) w.WriteNumber("fy_from", from);
            if (r.AsOf is not null) w.WriteString("as_of", r.AsOf);
            w.WriteString("assessment", r.AssessmentId); w.WriteString("value", r.Value); Text(w, "reason", r.Reason);
        });
        Sourced(w, plan, "tallies", plan.Index.TalliesOf(n.Id), t => t.Source, WriteTally);
        Sourced(w, plan, "effects", plan.Index.EffectsOf(n.Id), e => e.Source, WriteEffect);
        Sourced(w, plan, "kpis", plan.Index.KpisOf(n.Id), k => k.Source, (w, k) => WriteKpi(w, plan, k));
        Sourced(w, plan, "schedule", plan.Index.ScheduleOf(n.Id), s => s.Source, (w, s) =>
        { w.WriteNumber("row", s.Row); Text(w, "task", s.Task); w.WriteNumber("fiscal_year", s.FiscalYear); Text(w, "entry", s.Entry); if (s.Status is not null) w.WriteString("status", s.Status); });
        Sourced(w, plan, "texts", plan.Index.TextsOf(n.Id), t => t.Source, WriteText);
        Sourced(w, plan, "children", plan.Index.Children(n.Id), child => child.Source, (w, child) => WriteNode(w, plan, child));
    }

    private static void WriteKpi(Utf8JsonWriter w, Plan plan, Kpi k)
    {
        w.WriteString("id", k.Id); Text(w, "name", k.Name); Text(w, "unit", k.Unit);
        if (k.Baseline is decimal b) w.WriteNumber("baseline", b);
        if (k.BaselineFiscalYear is int by) w.WriteNumber("baseline_fy", by);
        if (k.Target is decimal t) w.WriteNumber("target", t);
        if (k.TargetFiscalYear is int ty) w.WriteNumber("target_fy", ty);
        if (k.Direction is not null) w.WriteString("direction", k.Direction);
        if (k.Comparison is { } comparison) w.WriteString("target_comparison", comparison.ToCode());
        Sourced(w, plan, "values", plan.Index.ValuesOf(k.Id), v => v.Source, (w, v) =>
        { w.WriteNumber("fiscal_year", v.FiscalYear); w.WriteString("kind", v.Kind.ToCode()); w.WriteNumber("value", v.Value); Text(w, "note", v.Note); });
    }

    private static void WriteText(Utf8JsonWriter w, TextSection t)
    {
        if (t.FiscalYear is int fy) w.WriteNumber("fiscal_year", fy);
        w.WriteString("kind", t.KindId);
        if (t.DepartmentId is not null) w.WriteString("department", t.DepartmentId);
        if (t.Item is int i) w.WriteNumber("item", i);
        Text(w, "text", t.Text);
    }

    private static void WriteScale(Utf8JsonWriter w, RatingScale s)
    {
        w.WriteString("id", s.Id);
        w.WriteString("kind", s.Kind.ToCode());
        if (s.Kind == ScaleKind.Ordinal)
            Array(w, "levels", s.Levels, (w, l) => { w.WriteString("code", l.Code); w.WriteString("symbol", l.Symbol); w.WriteNumber("order", l.Order); Text(w, "label", l.Label); });
        else
        {
            if (s.Min is decimal min) w.WriteNumber("min", min);
            if (s.Max is decimal max) w.WriteNumber("max", max);
            w.WriteNumber("decimals", s.Decimals);
        }
    }

    private static void WriteTally(Utf8JsonWriter w, Tally t)
    {
        w.WriteNumber("fiscal_year", t.FiscalYear);
        if (t.FiscalYearFrom is int from) w.WriteNumber("fy_from", from);
        if (t.AsOf is not null) w.WriteString("as_of", t.AsOf);
        w.WriteString("assessment", t.AssessmentId);
        if (t.Rating is not null) w.WriteString("rating", t.Rating); else w.WriteNull("rating");
        w.WriteNumber("count", t.Count);
    }

    private static void WriteEffect(Utf8JsonWriter w, Effect e)
    {
        w.WriteNumber("fy_from", e.FiscalYearFrom);
        w.WriteNumber("fy_to", e.FiscalYearTo);
        w.WriteString("kind", e.Kind.ToCode());
        if (e.Amount is { } a) { w.WriteNumber("amount", a.Amount); w.WriteString("unit", a.Unit); w.WriteNumber("amount_yen", a.Yen); }
        w.WriteString("measure", e.Measure.ToCode());
        if (e.BaseFiscalYear is int baseYear) w.WriteNumber("base_fy", baseYear);
        Text(w, "plans", e.PlansCovered);
        if (e.Approximate) w.WriteBoolean("approximate", true);
        Text(w, "text", e.Text);
    }


    /// <summary>A bilingual text as plan.json has it: "ja" and "en" are the data format's keys.</summary>
    private static void Text(Utf8JsonWriter w, string name, LocalizedText? text)
    {
        if (text is null) return;
        w.WriteStartObject(name);
        w.WriteString("ja", text.Ja);
        if (text.En is not null) w.WriteString("en", text.En); else w.WriteNull("en");
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            write(w, item);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>An array of records read from rows, each followed by the publication its row
    /// came from when that is not the plan's report (the row's <c>source</c>).</summary>
    private static void Sourced<T>(Utf8JsonWriter w, Plan plan, string name, IEnumerable<T> items, Func<T, RowSource> rowOf, Action<Utf8JsonWriter, T> write) =>
        Array(w, name, items, (w, item) =>
        {
            write(w, item);
            if (plan.Provenance.TryGetValue(rowOf(item), out var source)) w.WriteString("source", source);
        });
}
