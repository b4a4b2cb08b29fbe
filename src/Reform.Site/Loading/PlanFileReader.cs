using System.Text.Json;
using Reform.Site.Diagnostics;
using Reform.Site.Model;

namespace Reform.Site.Loading;

/// <summary>Reads plan.json: the municipality, the plan, and the plan's vocabularies (levels,
/// scales, assessments, tags, text kinds).</summary>
internal static class PlanFileReader
{
    public static PlanFile? Read(string path, string relativePath, DiagnosticBag diagnostics)
    {
        var file = new SourceLocation(relativePath);
        if (TextFileDecoder.Decode(File.ReadAllBytes(path), file, diagnostics) is not { } text) return null;
        JsonDocument doc;
        try
        {
            // Strict JSON, exactly as the download publishes it: plan.json is copied byte for byte into
            // the downloads, so a comment or trailing comma accepted here would be invalid JSON there,
            // and with a duplicated key the site would show one value while the download carried both.
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var (excerpt, bare) = Near(text, line, (int)(e.BytePositionInLine ?? 0));
            // A word without quotes (令和4, 未定) is the commonest mistake of people who write
            // spreadsheets, not JSON: it gets its own code that says to quote it.
            if (bare is not null) diagnostics.Add(Codes.UnquotedJsonValue, file.At(line), value: bare, line: line);
            else diagnostics.Add(Codes.InvalidPlanJson, file.At(line), value: excerpt, line: line);
            return null;
        }
        using (doc) return Read(doc.RootElement, new JsonFields(file, diagnostics));
    }

    /// <summary>The text of the line where parsing stopped (shortened around the place), and the
    /// bare word at that place when one starts there: a value that is neither quoted text, a
    /// number, true, false nor null. <paramref name="bytePosition"/> counts UTF-8 bytes.</summary>
    internal static (string Excerpt, string? Bare) Near(string text, int line, int bytePosition)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length) return ("", null);
        var content = lines[line - 1].TrimEnd('\r');
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        var at = System.Text.Encoding.UTF8.GetCharCount(bytes, 0, Math.Clamp(bytePosition, 0, bytes.Length));
        var start = Math.Max(0, at - 30);
        var excerpt = (start > 0 ? "…" : "") + content[start..Math.Min(content.Length, at + 30)].Trim() + (at + 30 < content.Length ? "…" : "");
        var end = at;
        while (end < content.Length && content[end] is not (',' or '}' or ']' or ':' or '"' or ' ' or '\t')) end++;
        var word = content[at..end];
        var isBare = word.Length > 0 && word[0] is not ('"' or '{' or '[' or '-' or (>= '0' and <= '9'))
            && word is not ("true" or "false" or "null") && !word.StartsWith("//", StringComparison.Ordinal) && !word.StartsWith("/*", StringComparison.Ordinal);
        return (excerpt, isBare ? word : null);
    }

    private static PlanFile Read(JsonElement root, JsonFields j)
    {
        if (j.String(root, "", "format") is { } format && format != "reform-site/1")
            j.Report("format", "Expected \"reform-site/1\".", "\"reform-site/1\" と書いてください。");
        return new PlanFile
        {
            Municipality = ReadMunicipality(root, j),
            Metadata = ReadMetadata(root, j),
            Levels = j.Array(root, "", "levels", required: true).Select(level => ReadLevel(level.Element, level.Path, j)).OfType<Level>().ToList(),
            Evaluators = j.Array(root, "", "evaluators").Select(evaluator => ReadEvaluator(evaluator.Element, evaluator.Path, j)).OfType<Evaluator>().ToList(),
            Scales = j.Array(root, "", "scales").Select(scale => ScaleReader.Read(scale.Element, scale.Path, j)).OfType<RatingScale>().ToList(),
            Assessments = j.Array(root, "", "assessments").Select(assessment => ReadAssessment(assessment.Element, assessment.Path, j)).OfType<Assessment>().ToList(),
            Tags = j.Array(root, "", "tags").Select(tag => ReadTag(tag.Element, tag.Path, j)).OfType<Tag>().ToList(),
            TextKinds = j.Array(root, "", "text_kinds").Select(textKind => ReadTextKind(textKind.Element, textKind.Path, j)).OfType<TextKind>().ToList(),
            RelatedPlans = j.Array(root, "", "related_plans").Select(related => ReadRelated(related.Element, related.Path, j)).OfType<RelatedPlan>().ToList(),
        };
    }

    private static Municipality? ReadMunicipality(JsonElement root, JsonFields j)
    {
        if (j.Object(root, "", "municipality") is not { } m) return null;
        var code = j.String(m, "municipality.", "code");
        var name = j.Text(m, "municipality.", "name");
        var prefecture = j.Text(m, "municipality.", "prefecture", required: false);
        return code is null || name is null ? null : new Municipality(code, name, prefecture);
    }

    private static PlanMetadata? ReadMetadata(JsonElement root, JsonFields j)
    {
        if (j.Object(root, "", "plan") is not { } p) return null;
        const string at = "plan.";
        var id = j.Slug(p, at, "id");
        var title = j.Text(p, at, "title");
        var reportTitle = j.Text(p, at, "report_title");
        var period = j.Object(p, at, "period") is { } pe ? ReadPeriod(pe, j) : null;
        var reported = j.Int(p, at, "reported_fiscal_year", minimum: FiscalYears.First, maximum: FiscalYears.Last);
        var publisher = j.Text(p, at, "publisher");
        var published = j.String(p, at, "published");
        if (published is not null && !PublishedDate.IsValid(published))
            j.Report(at + "published", "Write YYYY, YYYY-MM or YYYY-MM-DD, or \"unknown\" when the report prints no date.",
                "YYYY、YYYY-MM または YYYY-MM-DD の形で書いてください（例: 2022-08）。日付が印刷されていないときは \"unknown\" と書きます。");
        var approximate = j.Bool(p, at, "published_approximate") ?? false;
        if (approximate && published == PublishedDate.Unknown)
            j.Report(at + "published_approximate", "An unknown date cannot be approximate: give the estimated year (e.g. \"2022\") in published.",
                "不明な日付は「ごろ」にできません。published に推定の年（例: \"2022\"）を書いてください。");
        var source = j.Object(p, at, "source") is { } s
            ? new SourceDocument(j.Text(s, at + "source.", "title") ?? LocalizedText.Of(""), j.Link(s, at + "source.", "url"), j.String(s, at + "source.", "file", false))
            { Retrieved = ReadRetrieved(s, at, j) }
            : null;
        var sources = j.Array(p, at, "sources").Select(item => ReadSource(item.Element, item.Path, j)).OfType<ExtraSource>().ToList();
        var description = j.Text(p, at, "description", required: false);
        var license = j.String(p, at, "license", required: false) ?? "PDL-1.0";
        var reportItems = j.Object(p, at, "report_items", required: false) is { } ri
            && j.Int(ri, at + "report_items.", "level", minimum: 1, maximum: 9) is int level && j.Int(ri, at + "report_items.", "count", minimum: 1) is int count
            ? new ReportItems(level, count) : null;
        var changeNotes = j.Array(p, at, "change_notes").Select(item => ReadChangeNote(item.Element, item.Path, j)).OfType<ChangeNote>()
            .OrderByDescending(n => n.Date, StringComparer.Ordinal).ToList();
        var contact = j.Object(p, at, "contact", required: false) is { } c ? ReadContact(c, at + "contact.", j) : null;
        if (id is null || title is null || reportTitle is null || period is null || reported is null || publisher is null || published is null || source is null)
            return null;
        return new PlanMetadata { Id = id, Title = title, ReportTitle = reportTitle, Period = period, ReportedFiscalYear = reported.Value, Publisher = publisher, Published = published, PublishedApproximate = approximate, Source = source, Sources = sources, Description = description, License = license, ReportItems = reportItems, ChangeNotes = changeNotes, Contact = contact };
    }

    /// <summary><c>source.retrieved</c>, the day the report was downloaded; one that is not a day
    /// is reported and left out.</summary>
    private static string? ReadRetrieved(JsonElement source, string at, JsonFields j)
    {
        var day = j.String(source, at + "source.", "retrieved", false);
        if (day is null || IsDay(day))
            return day;
        j.Report(at + "source.retrieved", "Write the day the report was downloaded as YYYY-MM-DD (e.g. 2022-09-01), or leave it out when it was not recorded.",
                "報告書を取得した日を YYYY-MM-DD の形で書いてください（例：2022-09-01）。記録がなければ省きます。");
        return null;
    }

    /// <summary><c>plan.contact</c>: who answers readers (name) and where (url: an http(s) page or a
    /// mailto: address). Both are required: a name without a way to reach it helps no one.</summary>
    private static PlanContact? ReadContact(JsonElement e, string path, JsonFields j)
    {
        var name = j.Text(e, path, "name");
        var raw = j.String(e, path, "url");
        string? url = null;
        if (raw is "")
            j.Report(path + "url", "Give the page or the mailto: address where readers ask about this plan.",
                "この計画について問い合わせるページか mailto: のアドレスを書いてください。");
        else if (raw is not null)
            url = j.Link(e, path, "url");
        return name is null || url is null ? null : new PlanContact(name, url);
    }

    /// <summary>One of <c>plan.change_notes</c>: the day of the change (YYYY-MM-DD) and what changed
    /// and why, for readers, in Japanese and (optionally) English.</summary>
    private static ChangeNote? ReadChangeNote(JsonElement e, string path, JsonFields j)
    {
        var date = j.String(e, path, "date");
        var note = j.Text(e, path, "note");
        if (date is not null && !IsDay(date))
        {
            j.Report(path + "date", "Write the day the data was changed as YYYY-MM-DD (e.g. 2026-12-06).",
                "データを変更した日を YYYY-MM-DD の形で書いてください（例：2026-12-06）。");
            return null;
        }
        return date is null || note is null ? null : new ChangeNote(date, note);
    }

    /// <summary>A calendar day written YYYY-MM-DD.</summary>
    private static bool IsDay(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    private static FiscalPeriod? ReadPeriod(JsonElement e, JsonFields j)
    {
        var from = j.Int(e, "plan.period.", "from", minimum: FiscalYears.First, maximum: FiscalYears.Last);
        var to = j.Int(e, "plan.period.", "to", required: false, minimum: FiscalYears.First, maximum: FiscalYears.Last);
        if (from is null) return null;
        if (to < from) j.Report("plan.period.to", "The end is before the start.", "終わりの年度が始まりより前です。");
        var originalTo = j.Int(e, "plan.period.", "original_to", required: false, minimum: FiscalYears.First, maximum: FiscalYears.Last);
        if (originalTo is int original && (to is not int extended || original >= extended || original < from))
            j.Report("plan.period.original_to", "The end before the extension comes after the start and before the extended end (plan.period.to).",
                "延長前の終わりの年度は、始まり以後で、延長後の終わり（plan.period.to）より前の年度にしてください。");
        return new FiscalPeriod(from.Value, to, originalTo);
    }

    private static Level? ReadLevel(JsonElement e, string path, JsonFields j) =>
        j.Int(e, path, "depth", minimum: 1, maximum: 9) is int d && j.Text(e, path, "name") is { } n ? new Level(d, n) : null;

    private static Evaluator? ReadEvaluator(JsonElement e, string path, JsonFields j) =>
        j.Slug(e, path, "id") is { } id && j.Text(e, path, "name") is { } n ? new Evaluator(id, n) : null;

    private static ExtraSource? ReadSource(JsonElement e, string path, JsonFields j)
    {
        var id = j.Slug(e, path, "id");
        var title = j.Text(e, path, "title");
        var url = j.Link(e, path, "url");
        var file = j.String(e, path, "file", false);
        var published = j.String(e, path, "published", false);
        if (published is not null && !PublishedDate.IsValid(published))
            j.Report(path + "published", "Write YYYY, YYYY-MM or YYYY-MM-DD, or leave it out when the document prints no date.",
                "YYYY、YYYY-MM または YYYY-MM-DD の形で書くか、日付が印刷されていなければ省いてください。");
        return id is null || title is null ? null : new ExtraSource(id, new SourceDocument(title, url, file), published);
    }

    private static Tag? ReadTag(JsonElement e, string path, JsonFields j) =>
        j.Slug(e, path, "id") is { } id && j.Text(e, path, "name") is { } n ? new Tag(id, n) : null;

    private static TextKind? ReadTextKind(JsonElement e, string path, JsonFields j) =>
        j.Slug(e, path, "id") is { } id && j.Text(e, path, "name") is { } n ? new TextKind(id, n) : null;

    private static RelatedPlan? ReadRelated(JsonElement e, string path, JsonFields j) =>
        j.Text(e, path, "name") is { } n ? new RelatedPlan(n, j.Text(e, path, "relation", false), ReadLooseText(e, path, "period", j)) : null;

    /// <summary>Accepts either a bilingual object or a plain string (same in both languages).</summary>
    private static LocalizedText? ReadLooseText(JsonElement e, string path, string name, JsonFields j) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? j.Checked(v, path + name) is { } s ? LocalizedText.Of(s, s) : null : j.Text(e, path, name, false);

    private static Assessment? ReadAssessment(JsonElement e, string path, JsonFields j)
    {
        var id = j.Slug(e, path, "id");
        var evaluator = j.Slug(e, path, "evaluator");
        var name = j.Text(e, path, "name");
        var scale = j.Slug(e, path, "scale");
        var sumOf = j.Array(e, path, "sum_of").Select(part => part.Element.ValueKind == JsonValueKind.String ? j.Checked(part.Element, part.Path.TrimEnd('.')) ?? "" : "").ToList();
        var meanOf = j.Slug(e, path, "mean_of", required: false);
        var changes = j.Array(e, path, "method_changes")
            .Select(change => j.Int(change.Element, change.Path, "fiscal_year", minimum: FiscalYears.First, maximum: FiscalYears.Last) is int year && j.Text(change.Element, change.Path, "note") is { } note
                ? new MethodChange(year, note) : null)
            .OfType<MethodChange>().ToList();
        if (id is null || evaluator is null || name is null || scale is null) return null;
        return new Assessment(id, evaluator, name, scale, j.Text(e, path, "description", false), sumOf, meanOf) { MethodChanges = changes };
    }
}
