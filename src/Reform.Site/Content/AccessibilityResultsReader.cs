using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reform.Site.Diagnostics;
using Reform.Site.Loading;

namespace Reform.Site.Content;

/// <summary>Reads <c>content/accessibility-results.json</c> into <see cref="AccessibilityResults"/>.
/// The browser tests write the file (docs/accessibility-results.md), but it is committed and
/// published, so it is input like any other: every problem is RS127 with the field's JSON path,
/// what is there and what it should be, and the page is not made from a file that fails.</summary>
/// <remarks>The file claims results a city publishes under JIS X 8341-3, so the reader refuses
/// what would overstate them: a criterion that fails cannot be "not applicable", and one no
/// rule tests has no applicability to claim.</remarks>
internal static partial class AccessibilityResultsReader
{
    private static readonly string[] Fields = ["date", "axe_core", "chromium", "pages", "criteria"];

    private static readonly string[] CriterionFields = ["number", "level", "applicable", "result"];

    /// <summary>The results in <paramref name="contentDir"/>; null when there is no such file, or
    /// after reporting why it cannot be used.</summary>
    public static AccessibilityResults? Read(string contentDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDir, AccessibilityResults.FileName);
        if (!InputFiles.Exists(path)) return null;
        if (!InputFiles.MayReadFile(path, Relative, diagnostics, ContentReader.MaxPageBytes)) return null;
        return Parse(File.ReadAllText(path), diagnostics);
    }

    public const string Relative = "content/" + AccessibilityResults.FileName;

    /// <summary>The results in <paramref name="json"/>, or null after reporting every problem.</summary>
    public static AccessibilityResults? Parse(string json, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        AccessibilityResults? results;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
            results = Parse(doc.RootElement, found);
        }
        catch (JsonException e)
        {
            Invalid(found, "$", e.Message, "JSON as the browser tests write it", "ブラウザーの自動試験が書き出す形の JSON");
            results = null;
        }
        diagnostics.AddRange(found.Items);
        return found.HasErrors ? null : results;
    }

    private static AccessibilityResults? Parse(JsonElement root, DiagnosticBag diagnostics)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Invalid(diagnostics, "$", root.ValueKind.ToString(), "an object with " + string.Join(", ", Fields), "「" + string.Join("」「", Fields) + "」を持つオブジェクト");
            return null;
        }
        foreach (var property in root.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
            Invalid(diagnostics, property.Name, "an unknown field", "one of " + string.Join(", ", Fields), "「" + string.Join("」「", Fields) + "」のいずれか");

        var date = Text(root, "date", diagnostics);
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Invalid(diagnostics, "date", date, "the day the tests ran, as 2026-12-06", "試験を実行した日（2026-12-06 の形）");
            date = null;
        }
        var axe = Version(root, "axe_core", diagnostics);
        var chromium = Version(root, "chromium", diagnostics);
        var pages = Pages(root, diagnostics);
        var criteria = Criteria(root, diagnostics);
        if (date is null || axe is null || chromium is null || pages is null || criteria is null) return null;
        return new AccessibilityResults { Date = date, AxeVersion = axe, ChromiumVersion = chromium, Pages = pages, Criteria = criteria };
    }

    private static string? Text(JsonElement root, string name, DiagnosticBag diagnostics)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text && TextSafety.IndexOfForbidden(text) < 0)
            return text;
        Invalid(diagnostics, name, Shown(root, name), "a text", "文字列");
        return null;
    }

    private static string? Version(JsonElement root, string name, DiagnosticBag diagnostics)
    {
        if (Text(root, name, diagnostics) is not { } text) return null;
        if (VersionPattern().IsMatch(text)) return text;
        Invalid(diagnostics, name, text, "a version number such as 4.10.3", "4.10.3 のような版の番号");
        return null;
    }

    private static List<string>? Pages(JsonElement root, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty("pages", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            Invalid(diagnostics, "pages", Shown(root, "pages"), "the list of the pages tested (site paths such as ja/plans/)", "試験したページの一覧（ja/plans/ のようなサイト内のパス）");
            return null;
        }
        var pages = new List<string>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"pages[{i++}]";
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { } page && IsSitePath(page))
            {
                if (pages.Contains(page)) Invalid(diagnostics, at, page, "a page not listed before", "一覧にまだないページ");
                else pages.Add(page);
            }
            else Invalid(diagnostics, at, item.ToString(), "a site path such as ja/plans/ (no http:, no leading /)", "ja/plans/ のようなサイト内のパス（http: や先頭の / なし）");
        }
        return pages.Count == i ? pages : null;
    }

    /// <summary>A path within the site as the site's own paths are written: relative to its root,
    /// without a scheme, a leading slash, a dot segment or anything a link could not carry.</summary>
    private static bool IsSitePath(string path) =>
        SitePathPattern().IsMatch(path) && !path.Split('/').Any(s => s is "." or "..");

    private static List<CriterionResult>? Criteria(JsonElement root, DiagnosticBag diagnostics)
    {
        if (!root.TryGetProperty("criteria", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            Invalid(diagnostics, "criteria", Shown(root, "criteria"), "the list of the success criteria", "達成基準の一覧");
            return null;
        }
        var criteria = new List<CriterionResult>();
        var ok = true;
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = $"criteria[{i++}]";
            if (Criterion(item, at, diagnostics) is not { } criterion) { ok = false; continue; }
            if (criteria.Any(c => c.Number == criterion.Number))
            {
                Invalid(diagnostics, at + ".number", criterion.Number, "a criterion not listed before", "一覧にまだない達成基準");
                ok = false;
                continue;
            }
            criteria.Add(criterion);
        }
        return ok ? criteria : null;
    }

    private static CriterionResult? Criterion(JsonElement item, string at, DiagnosticBag diagnostics)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            Invalid(diagnostics, at, item.ToString(), "an object with " + string.Join(", ", CriterionFields), "「" + string.Join("」「", CriterionFields) + "」を持つオブジェクト");
            return null;
        }
        foreach (var property in item.EnumerateObject().Where(p => !CriterionFields.Contains(p.Name)))
            Invalid(diagnostics, $"{at}.{property.Name}", "an unknown field", "one of " + string.Join(", ", CriterionFields), "「" + string.Join("」「", CriterionFields) + "」のいずれか");
        var ok = true;
        string? number = null, level = null;
        if (item.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.String && CriterionNumber().IsMatch(n.GetString()!)) number = n.GetString();
        else { Invalid(diagnostics, at + ".number", Shown(item, "number"), "a success criterion's number such as 1.4.3", "1.4.3 のような達成基準の番号"); ok = false; }
        if (item.TryGetProperty("level", out var l) && l.ValueKind == JsonValueKind.String && l.GetString() is "A" or "AA") level = l.GetString();
        else { Invalid(diagnostics, at + ".level", Shown(item, "level"), "A or AA", "A か AA"); ok = false; }
        bool? applicable = null;
        if (item.TryGetProperty("applicable", out var a) && a.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null)
            applicable = a.ValueKind == JsonValueKind.Null ? null : a.GetBoolean();
        else { Invalid(diagnostics, at + ".applicable", Shown(item, "applicable"), "true, false or null (the checks cannot tell)", "true、false、null（自動試験では分からない）のいずれか"); ok = false; }
        CriterionOutcome outcome = default;
        if (item.TryGetProperty("result", out var r) && r.ValueKind == JsonValueKind.String && CriterionOutcomes.ByName.TryGetValue(r.GetString()!, out var o)) outcome = o;
        else
        {
            var names = string.Join(", ", CriterionOutcomes.ByName.Keys);
            Invalid(diagnostics, at + ".result", Shown(item, "result"), "one of " + names, names + " のいずれか");
            ok = false;
        }
        if (!ok) return null;
        // What the checks cannot know, the file may not claim.
        var consistent = outcome switch
        {
            CriterionOutcome.Fail => applicable == true,
            CriterionOutcome.Pass => applicable is not null,
            _ => true,
        };
        if (outcome == CriterionOutcome.NotTested) consistent = applicable is null;
        if (!consistent)
        {
            Invalid(diagnostics, at + ".applicable", applicable is null ? "null" : applicable.Value ? "true" : "false",
                outcome switch { CriterionOutcome.Fail => "true: a criterion that fails applies", CriterionOutcome.NotTested => "null: no rule tested it", _ => "true or false: a rule tested it" },
                outcome switch { CriterionOutcome.Fail => "true（不適合の達成基準は適用されます）", CriterionOutcome.NotTested => "null（自動試験の対象外です）", _ => "true か false（自動試験の対象です）" });
            return null;
        }
        return new CriterionResult(number!, level!, applicable, outcome);
    }

    private static string Shown(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? (value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ToString()) is { Length: > 0 } text ? text : "empty" : "missing";

    private static void Invalid(DiagnosticBag diagnostics, string field, string found, string expected, string expectedJa) =>
        diagnostics.Add(Codes.InvalidAccessibilityResults, new SourceLocation(Relative).InColumn(field, null),
            value: found.Length > 80 ? found[..80] + "…" : found, expected: expected, more: [new("expected_ja", expectedJa)]);

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+){1,3}$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^[1-4]\.[0-9]{1,2}\.[0-9]{1,2}$")]
    private static partial Regex CriterionNumber();

    [GeneratedRegex(@"^([a-z0-9][a-z0-9._-]*/)*([a-z0-9][a-z0-9._-]*\.html)?$")]
    private static partial Regex SitePathPattern();
}
