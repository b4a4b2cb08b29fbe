using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Localization;

/// <summary>Japanese as a city writes it (公用文作成の要領, 2022; docs/style.md): full-width
/// punctuation (：（）「」／), no half-width space beside a Japanese character, and no English
/// word inside a Japanese label except the names of formats and tools. Checked on the UI strings
/// and on every Japanese page of the shipped site; what a city printed (its titles, its
/// 「１ 新たな…」) is quoted as printed, so a finding that the data or the settings hold
/// verbatim is the city's, not ours.</summary>
public sealed partial class JapaneseStyleTests : IClassFixture<JapaneseStyleTests.Site>
{
    public sealed class Site : IDisposable
    {
        public BuiltSite Built { get; } = new(RepoPaths.Data, RepoPaths.Content, o => o with { Search = Reform.Site.Pipeline.SearchMode.Off });

        /// <summary>Every text the data and the settings hold, as one string to look findings up in.</summary>
        public string Quoted { get; } = string.Join("\n",
            Directory.EnumerateFiles(RepoPaths.Data, "*", SearchOption.AllDirectories).Append(Path.Combine(RepoPaths.Root, "site.yml"))
                .Order(StringComparer.Ordinal).Select(File.ReadAllText).Select(text => text.Replace("\"\"", "\"", StringComparison.Ordinal)));

        public void Dispose() => Built.Dispose();
    }

    private readonly Site _site;

    public JapaneseStyleTests(Site site) => _site = site;

    /// <summary>Strings that are meant to be in English or in both languages: the link to the
    /// English version, and the language chooser.</summary>
    private static readonly HashSet<string> Bilingual = ["lang.switch", "lang.switch_label", "root.choose"];

    /// <summary>Names that stay in Latin letters in Japanese text: formats, standards and tools.</summary>
    private static readonly HashSet<string> Names =
    [
        "CSV", "JSON", "JSON-LD", "XLSX", "ZIP", "Excel", "SQLite", "UTF-8", "BOM", "KPI", "ID", "DCAT", "Atom", "RPA", "ICT",
        "JavaScript", "Datasette", "DuckDB", "Frictionless", "Data", "Reform.Site", "PDL", "CC", "BY", "HTML", "CSS", "SVG",
        "JIS", "X", "WCAG", "AA", "A", "axe-core", "Chromium", "Nu", "Html", "Checker", "URL", "GitHub",
    ];

    /// <summary>English the standard itself keeps in its Japanese names of success criteria
    /// (JIS X 8341-3:2016 and WAIC's translation of WCAG 2.1: 2.5.3 ラベルを含む名前（name）, 4.1.2
    /// 名前（name）・役割（role）及び値（value）): allowed only in those names, <c>wcag.*</c>.</summary>
    private static readonly HashSet<string> TermsOfTheStandard = ["name", "role", "value"];

    [Fact]
    public void Japanese_UI_strings_use_full_width_punctuation_and_no_English_words()
    {
        var findings = new List<string>();
        foreach (var (key, value) in Strings("ja"))
        {
            if (Bilingual.Contains(key)) continue;
            findings.AddRange(Findings(value).Select(f => $"{key}: {f}"));
            var words = LatinWord().Matches(Unquoted(value)).Select(m => m.Value).Where(w => !Names.Contains(w) && !(key.StartsWith("wcag.", StringComparison.Ordinal) && TermsOfTheStandard.Contains(w))).ToList();
            if (words.Count > 0) findings.Add($"{key}: English inside a Japanese string: {string.Join(", ", words)}");
        }
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Every_Japanese_page_uses_full_width_punctuation_and_no_stray_spaces()
    {
        Assert.True(_site.Built.Result.Succeeded);
        var findings = new List<string>();
        var pages = Directory.EnumerateFiles(Path.Combine(_site.Built.Root, "ja"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} Japanese pages");
        foreach (var file in pages)
        {
            var path = Path.GetRelativePath(_site.Built.Root, file).Replace('\\', '/');
            var doc = _site.Built.Page(path);
            foreach (var text in JapaneseText(doc))
                findings.AddRange(Findings(text, _site.Quoted).Select(f => $"{path}: {f}"));
        }
        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n" + string.Join("\n", findings.Distinct().Take(400)));
    }

    [Theory]
    [InlineData("ja", "配慮", "2027年（令和9年）3月31日", "策定日", "JavaScript（サイト内検索のみ）")]
    [InlineData("en", "takes JIS X 8341-3:2016 level AA into account", "31 March 2027", "Adopted", "JavaScript (for the site search only)")]
    public void The_accessibility_policy_states_its_status_target_scope_technologies_and_dates(string lang, string status, string target, string adopted, string technologies)
    {
        var text = _site.Built.Page($"{lang}/accessibility/").QuerySelector("main")!.TextContent;
        foreach (var expected in new[] { status, target, adopted, technologies, $"({_site.Built.Options.BaseUrl})".Replace("(", lang == "ja" ? "（" : "(", StringComparison.Ordinal).Replace(")", lang == "ja" ? "）" : ")", StringComparison.Ordinal) })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("%SITE_URL%", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("仙台市: 仙台市役所経営プラン")]
    [InlineData("政策課 [主担当]")]
    [InlineData("約 217億円")]
    [InlineData("ほかに 3 件")]
    [InlineData("取組項目 · 総務課")]
    public void The_rules_catch_what_the_issue_names(string text) => Assert.NotEmpty(Findings(text));

    [Theory]
    [InlineData("JIS X 8341-3:2016に基づいて")]
    [InlineData("仙台市：仙台市役所経営プラン（主担当）")]
    [InlineData("Ａ：12件（6.5%）")]
    public void The_rules_let_well_written_Japanese_pass(string text) => Assert.Empty(Findings(text));

    [Fact]
    public void A_space_the_city_printed_is_the_citys()
    {
        Assert.Empty(Findings("WAICの「ウェブコンテンツのJIS X 8341-3:2016 対応度表記ガイドライン」に従います"));
        Assert.NotEmpty(Findings("苫小牧市行政改革推進審議会 意見書"));
        Assert.Empty(Findings("苫小牧市行政改革推進審議会 意見書", quoted: "…『苫小牧市行政改革推進審議会 意見書』…"));
    }

    private static IEnumerable<string> Findings(string text, string quoted = "")
    {
        var titles = Quoted().Matches(text).Select(q => (q.Index, End: q.Index + q.Length)).ToList();
        foreach (Match m in Rule().Matches(text))
        {
            if (titles.Any(t => m.Index > t.Index && m.Index < t.End)) continue; // a title quoted as its owner spells it
            var (from, to) = (Math.Max(0, m.Index - 2), Math.Min(text.Length, m.Index + m.Length + 2));
            var context = text[from..to];
            if (quoted.Contains(context, StringComparison.Ordinal)) continue;
            yield return $"「{context}」";
        }
    }

    /// <summary>The text of a page that is in Japanese: not code, not a script, not an element
    /// marked as another language (a translation not made shows the Japanese, marked ja).</summary>
    private static IEnumerable<string> JapaneseText(IDocument doc)
    {
        var walker = doc.Body is { } body ? body.Descendants<IText>() : [];
        foreach (var node in walker)
        {
            var parent = node.ParentElement;
            if (parent is null || parent.Closest("code, script, style, pre, [hidden]") is not null) continue;
            var lang = parent.Closest("[lang]")?.GetAttribute("lang") ?? "ja";
            if (lang != "ja") continue;
            yield return node.Data;
        }
        foreach (var title in doc.QuerySelectorAll("title"))
            yield return title.TextContent;
    }

    private static string Unquoted(string text) => Quoted().Replace(Placeholder().Replace(FileName().Replace(text, ""), ""), "");

    private static IEnumerable<(string Key, string Value)> Strings(string lang)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", lang + ".json")));
        foreach (var p in doc.RootElement.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.String) yield return (p.Name, p.Value.GetString()!);
    }

    /// <summary>ASCII colon (not inside a number such as 8341-3:2016), ASCII brackets, the middle
    /// dot used as a separator, and a half-width space with a Japanese character on either side.</summary>
    [GeneratedRegex(@"(?<![0-9]):|:(?![0-9])|[\[\]]| · |(?<=[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF01-\uFF60]) +| +(?=[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF01-\uFF60])")]
    private static partial Regex Rule();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9]|[A-Za-z]")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"「[^」]*」")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[A-Za-z0-9_.\-/]*[A-Za-z0-9_\-]\.(csv|json|sqlite|md|xlsx|zip)\b|[a-z]+/|docs/[a-z./]+")]
    private static partial Regex FileName();
}
