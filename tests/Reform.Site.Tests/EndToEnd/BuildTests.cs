using Reform.Site.Diagnostics;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.EndToEnd;

/// <summary>Builds the small fixture site and looks at it the way a reader would.</summary>
public sealed class BuildTests : IClassFixture<BuildTests.FixtureSite>
{
    public sealed class FixtureSite() : IDisposable
    {
        public BuiltSite Site { get; } = new(RepoPaths.GoodData);

        public void Dispose() => Site.Dispose();
    }

    private readonly BuiltSite _site;

    public BuildTests(FixtureSite fixture) => _site = fixture.Site;

    private const string Plan = "012131-sample-plan";

    /// <summary>Issue 22: a score reads against its scale ("3/3"), never as a bare number.</summary>
    [Fact]
    public void A_score_is_shown_out_of_the_top_of_its_scale()
    {
        var cells = _site.Page($"en/plans/{Plan}/p1-i1-a/").QuerySelectorAll("span.rating").Select(e => e.TextContent).ToList();
        var ja = _site.Page($"ja/plans/{Plan}/p1-i1-a/").QuerySelectorAll("span.rating").Select(e => e.TextContent).ToList();
        Assert.Contains("3/3", cells);
        Assert.Contains("2/3", cells);
        Assert.Contains("3／3", ja);
        Assert.Contains("Ａ", cells); // a level keeps its symbol
    }

    [Fact]
    public void Every_node_has_a_page_in_both_languages()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics));
        foreach (var lang in new[] { "ja", "en" })
        {
            foreach (var id in new[] { "p1", "p1-i1", "p1-i1-a", "p1-i1-b", "p2" })
                Assert.True(_site.Exists($"{lang}/plans/{Plan}/{id}/"), $"{lang}/{id}");
            Assert.True(_site.Exists($"{lang}/plans/{Plan}/"));
            Assert.True(_site.Exists($"{lang}/"));
        }
    }

    [Fact]
    public void The_language_switch_lands_on_the_same_node()
    {
        var path = $"ja/plans/{Plan}/p1-i1-b/";
        var page = _site.Page(path);
        var link = page.QuerySelector("nav.lang-switch a")!;
        Assert.Equal("en", link.GetAttribute("hreflang"));
        var target = BuiltSite.Resolve(path, link.GetAttribute("href")!);
        Assert.Equal($"en/plans/{Plan}/p1-i1-b/", target);
        Assert.Equal("More online applications", _site.Page(target).QuerySelector("h1")!.TextContent.Trim().Split(' ', 2)[1]);
    }

    [Fact]
    public void Pages_declare_their_language_and_their_translation()
    {
        var page = _site.Page($"en/plans/{Plan}/p1/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.Equal($"https://example.org/site/ja/plans/{Plan}/p1/", alternates["ja"]);
        Assert.Equal($"https://example.org/site/en/plans/{Plan}/p1/", alternates["en"]);
    }

    [Fact]
    public void Untranslated_text_is_shown_in_Japanese_marked_and_tagged_with_its_language()
    {
        var page = _site.Page($"en/plans/{Plan}/p1-i1-b/");
        var fallback = page.QuerySelectorAll("[lang=ja]").FirstOrDefault(e => e.TextContent.Contains("申請の3割を電子化した。"));
        Assert.NotNull(fallback);
        Assert.Contains("not yet translated", page.Body!.TextContent);
        Assert.DoesNotContain("not yet translated", _site.Page($"en/plans/{Plan}/p1-i1-a/").Body!.TextContent);
    }

    [Fact]
    public void Breadcrumbs_lead_from_the_home_page_through_the_plan_to_the_parent()
    {
        var page = _site.Page($"ja/plans/{Plan}/p1-i1-a/");
        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["行財政改革オープンデータ", "見本市：見本市行財政改革プラン", "1　財政の健全化", "(1)　歳出の見直し"], crumbs);
    }

    [Fact]
    public void A_node_page_shows_its_departments_ratings_with_meaning_effects_kpis_schedule_and_texts()
    {
        var text = _site.Page($"ja/plans/{Plan}/p1-i1-a/").Body!.TextContent;
        Assert.Contains("財政課", text);
        Assert.Contains("Ａ 計画以上", text); // symbol and its meaning, never the symbol alone
        Assert.Contains("計画を上回った。", text); // the reason
        Assert.Contains("1,000,000円", text);
        Assert.Contains("令和3年度（2021年度）", text);
        Assert.Contains("見直しの実施", text);
        Assert.Contains("工程どおり", text);
        Assert.Contains("事業を10件見直した。", text);
        var kpi = _site.Page($"en/plans/{Plan}/p1-i1-b/").Body!.TextContent;
        Assert.Contains("Share of online applications", kpi);
        Assert.Contains("20.5", kpi);
    }

    [Fact]
    public void The_plan_page_shows_the_KPIs_and_texts_of_the_whole_plan_and_the_downloads_carry_them()
    {
        var ja = _site.Page($"ja/plans/{Plan}/");
        var kpis = ja.GetElementById("kpis")!.ParentElement!.TextContent;
        Assert.Contains("経常収支比率", kpis, StringComparison.Ordinal);
        Assert.Contains("97.2", kpis, StringComparison.Ordinal);
        Assert.Contains("計画全体で事業の見直しを進めた。", ja.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var en = _site.Page($"en/plans/{Plan}/").QuerySelector("main")!.TextContent;
        Assert.Contains("Ordinary balance ratio", en, StringComparison.Ordinal);
        Assert.Contains("Reviewed projects across the whole plan.", en, StringComparison.Ordinal);
        // A node's page shows only its own: the plan-wide KPI is not on any node page.
        Assert.DoesNotContain("経常収支比率", _site.Page($"ja/plans/{Plan}/p1-i1-b/").QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "downloads", $"{Plan}.json")));
        Assert.Equal("ordinary-balance-ratio", document.RootElement.GetProperty("kpis")[0].GetProperty("id").GetString());
        Assert.Equal("Reviewed projects across the whole plan.", document.RootElement.GetProperty("texts")[0].GetProperty("text").GetProperty("en").GetString());
        using var database = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_site.Root, "downloads", "reform-site.sqlite")};Mode=ReadOnly;Pooling=False");
        database.Open();
        using var query = database.CreateCommand();
        query.CommandText = "SELECT (SELECT count(*) FROM kpis WHERE node_id IS NULL) * 10 + (SELECT count(*) FROM texts WHERE node_id IS NULL)";
        Assert.Equal(11L, (long)query.ExecuteScalar()!);
    }

    [Fact]
    public void An_extended_plan_says_so_beside_its_period_and_in_its_document()
    {
        Assert.Contains("令和3年度（2021年度）までの計画を延長", _site.Page($"ja/plans/{Plan}/").QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("extended; originally to FY2021", _site.Page($"en/plans/{Plan}/").QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "downloads", $"{Plan}.json")));
        Assert.Equal(2021, document.RootElement.GetProperty("plan").GetProperty("period").GetProperty("original_to").GetInt32());
    }

    [Fact]
    public void A_partial_list_says_how_many_items_the_report_has_on_the_home_card_the_plan_page_and_in_the_downloads()
    {
        Assert.Contains("報告書の6項目のうち2項目のみ掲載（一部）", _site.Page("ja/").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("a partial list: 2 of the report's 6 items", _site.Page($"en/plans/{Plan}/").QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "downloads", $"{Plan}.json")));
        Assert.Equal(6, document.RootElement.GetProperty("plan").GetProperty("report_items").GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("{ \"level\": 3, \"count\": 1 }", "plan.report_items.count")] // fewer than the data lists
    [InlineData("{ \"level\": 7, \"count\": 9 }", "plan.report_items.level")] // no such level
    public void A_report_count_below_the_list_or_of_no_level_is_an_error_at_its_field(string value, string field)
    {
        using var temp = new TempDir();
        TempDir.CopyTree(RepoPaths.GoodData, temp.Path);
        var plan = Path.Combine(temp.Path, "plans", Plan, "plan.json");
        File.WriteAllText(plan, File.ReadAllText(plan).Replace("\"report_items\": { \"level\": 3, \"count\": 6 }", $"\"report_items\": {value}", StringComparison.Ordinal));
        var output = new StringWriter();
        var exit = Reform.Site.Cli.CliApp.Run(["validate", "--data", temp.Path, "--format", "json"], output, new StringWriter());
        Assert.Equal(1, exit);
        Assert.Contains(field, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("RS111", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Items_not_rated_are_shown_beside_the_rated_total_and_not_in_it()
    {
        var ja = _site.Page($"ja/plans/{Plan}/").QuerySelector("main")!.TextContent;
        Assert.Contains("評価の対象外・未評価の項目が1件", ja, StringComparison.Ordinal);
        var en = _site.Page($"en/plans/{Plan}/").QuerySelector("main")!.TextContent;
        Assert.Contains("Not rated or out of scope, besides these: 1", en, StringComparison.Ordinal);
        // The rated total stays 2 (A 1, B 1): the item not rated is not part of it.
        var total = _site.Page($"en/plans/{Plan}/").QuerySelector("table tfoot tr")!.TextContent;
        Assert.Contains("2", total, StringComparison.Ordinal);
        var flat = File.ReadAllText(Path.Combine(_site.Root, "downloads", $"{Plan}-flat-en.csv"));
        Assert.Contains("not-rated", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratings_printed_per_tag_are_a_table_on_the_plan_page_and_in_the_downloads()
    {
        foreach (var (lang, caption, level, symbol) in new[] { ("ja", "テーマ別の評価集計（令和3年度（2021年度））", "実践項目数", "Ｂ"), ("en", "Ratings by category, FY2021", "Initiatives", "Ｂ") })
        {
            var table = _site.Page($"{lang}/plans/{Plan}/").QuerySelector("#tag-ratings ~ div table")!;
            Assert.Equal(caption, table.QuerySelector("caption")!.TextContent);
            var headers = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
            Assert.Contains(level, headers);
            // One tag (ict), carried by one node of level 3: the count, then the values as printed.
            var cells = table.QuerySelectorAll("tbody tr td").Select(td => td.TextContent).ToList();
            Assert.Equal(["1", "2.0", symbol], cells);
        }
        var document = File.ReadAllText(Path.Combine(_site.Root, "downloads", $"{Plan}.json"));
        Assert.Contains("\"tag_ratings\":[{\"tag\":\"ict\",\"fiscal_year\":2021,\"assessment\":\"progress-mean\",\"value\":\"2.0\"}", document.Replace(" ", "").Replace("\n", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_from_another_publication_is_credited_on_its_node_the_plan_page_and_in_the_plan_document()
    {
        // kpi_values.csv names the newsletter for the FY2021 value of p1-i1-b's KPI; no row of p1-i1-a names a source.
        var node = _site.Page($"ja/plans/{Plan}/p1-i1-b/").QuerySelector("p.provenance")!.TextContent;
        Assert.Equal("この項目の一部の数値・文章の出典：広報さんぷる 2022年8月号（2022年（令和4年）8月）", node);
        Assert.Null(_site.Page($"ja/plans/{Plan}/p1-i1-a/").QuerySelector("p.provenance"));
        var facts = _site.Page($"en/plans/{Plan}/").QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Other sources", facts, StringComparison.Ordinal);
        Assert.Contains("Sample City newsletter, August 2022 (August 2022), Progress of the initiatives in FY2021 (web page)", facts, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_site.Root, "downloads", $"{Plan}.json")));
        var plan = document.RootElement;
        Assert.Equal(["newsletter", "progress-page"], plan.GetProperty("plan").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var values = FindNode(plan.GetProperty("nodes"), "p1-i1-b").GetProperty("kpis")[0].GetProperty("values").EnumerateArray().ToList();
        Assert.Equal([null, "newsletter"], values.Select(v => v.TryGetProperty("source", out var source) ? source.GetString() : null));
    }

    private static System.Text.Json.JsonElement FindNode(System.Text.Json.JsonElement nodes, string id)
    {
        foreach (var n in nodes.EnumerateArray())
        {
            if (n.GetProperty("id").GetString() == id) return n;
            if (n.TryGetProperty("children", out var children) && children.GetArrayLength() > 0 && FindNode(children, id) is { ValueKind: System.Text.Json.JsonValueKind.Object } found) return found;
        }
        return default;
    }

    [Fact]
    public void A_target_given_as_a_bound_is_written_as_one_and_said_to_be_met_or_not_in_words()
    {
        // 経常収支比率を96%未満に: the FY2021 actual is 97.2, so the bound is not met.
        var ja = _site.Page($"ja/plans/{Plan}/").QuerySelector("#kpis")!.ParentElement!;
        Assert.Contains(ja.QuerySelectorAll("td.num"), td => td.TextContent == "96未満");
        Assert.Equal("目標（96未満）は未達成：令和3年度（2021年度）の実績は97.2です。", ja.QuerySelector("p.kpi-status")!.TextContent);
        var en = _site.Page($"en/plans/{Plan}/").QuerySelector("#kpis")!.ParentElement!;
        Assert.Equal("Target (less than 96) not met: the actual value for FY2021 is 97.2.", en.QuerySelector("p.kpi-status")!.TextContent);
        // A plain target says nothing of the kind.
        Assert.Null(_site.Page($"ja/plans/{Plan}/p1-i1-b/").QuerySelector("p.kpi-status"));
    }

    [Fact]
    public void Tables_have_captions_and_header_scopes()
    {
        var page = _site.Page($"en/plans/{Plan}/p1-i1-a/");
        foreach (var table in page.QuerySelectorAll("table"))
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.All(table.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        }
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_file() => Assert.Empty(LinkChecker.BrokenLinks(_site));

    [Fact]
    public void Building_twice_gives_identical_bytes()
    {
        using var second = new BuiltSite(RepoPaths.GoodData);
        var first = Snapshot(_site.Root);
        var again = Snapshot(second.Root);
        Assert.Equal(first.Keys.Order(), again.Keys.Order());
        foreach (var (path, bytes) in first) Assert.True(bytes.SequenceEqual(again[path]), path);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var temp = new TempDir();
        var output = temp.Combine("_site");
        var good = new BuildOptions(RepoPaths.GoodData, output, temp.Combine("none"), RepoPaths.Theme, "https://example.org/");
        Assert.True(SiteBuilder.Build(good).Succeeded);
        var before = Snapshot(output);

        var broken = temp.Combine("broken");
        TempDir.CopyTree(RepoPaths.GoodData, broken);
        var ratings = Path.Combine(broken, "plans", Plan, "ratings.csv");
        File.WriteAllText(ratings, File.ReadAllText(ratings).Replace("p1-i1-b,2021,overall,Ｂ", "p1-i1-b,2021,overall,◎"));
        var result = SiteBuilder.Build(good with { DataDir = broken });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.RatingNotOnScale);
        var after = Snapshot(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before) Assert.True(bytes.SequenceEqual(after[path]), path);
        Assert.DoesNotContain(Directory.GetDirectories(temp.Path), d => Path.GetFileName(d).StartsWith("_site.", StringComparison.Ordinal)); // no staging left behind
    }

    [Fact]
    public void A_template_error_while_rendering_names_the_template_and_leaves_the_previous_output_untouched()
    {
        using var temp = new TempDir();
        var output = temp.Combine("_site");
        var theme = temp.Combine("theme");
        TempDir.CopyTree(RepoPaths.Theme, theme);
        var good = new BuildOptions(RepoPaths.GoodData, output, temp.Combine("none"), theme, "https://example.org/", SearchMode.Off);
        Assert.True(SiteBuilder.Build(good).Succeeded);
        var before = Snapshot(output);

        // A misspelt member is an error, not an empty string. The downloads are being made while
        // pages render: the failure must still leave nothing behind.
        File.AppendAllText(Path.Combine(theme, "layouts", "node.html"), "{{ model.no_such_field }}\n");
        File.AppendAllText(Path.Combine(theme, "layouts", "plan.html"), "{{ t \"no.such.key\" }}\n");
        var result = SiteBuilder.Build(good);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.TemplateRenderError && d.Location.File == "theme/layouts/node.html");
        var after = Snapshot(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in before) Assert.True(bytes.SequenceEqual(after[path]), path);
        Assert.DoesNotContain(Directory.GetDirectories(temp.Path), d => Path.GetFileName(d).StartsWith("_site.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_UI_string_the_theme_lacks_is_reported_once_in_each_language_file()
    {
        using var temp = new TempDir();
        var theme = temp.Combine("theme");
        TempDir.CopyTree(RepoPaths.Theme, theme);
        File.AppendAllText(Path.Combine(theme, "layouts", "plan.html"), "{{ t \"no.such.key\" }}\n");

        var result = SiteBuilder.Build(new BuildOptions(RepoPaths.GoodData, temp.Combine("_site"), temp.Combine("none"), theme, "https://example.org/", SearchMode.Off));

        Assert.False(result.Succeeded);
        Assert.Equal(
            [("theme/i18n/en.json", "no.such.key"), ("theme/i18n/ja.json", "no.such.key")],
            result.Diagnostics.Where(d => d.Code == Codes.MissingUiString).Select(d => (d.Location.File, d.Argument("value"))));
    }

    private static Dictionary<string, byte[]> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);
}
