using Reform.Site.Content;
using Reform.Site.Diagnostics;
using Reform.Site.Localization;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Content;

/// <summary>The reader over a content folder written here. Which codes a broken page gets at
/// which line is also checked end to end by the broken-input corpus (content-* cases); these
/// tests are about what the reader returns: the pages, their HTML, and which pages it leaves out.</summary>
public sealed class ContentReaderTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly DiagnosticBag _diagnostics = new();

    /// <summary>A page whose body starts on line 5 of the file.</summary>
    private static string Page(string body, string title = "ページ") => $"---\ntitle: {title}\n---\n\n{body}\n";

    private void Write(string lang, string file, string text)
    {
        Directory.CreateDirectory(_temp.Combine(lang));
        File.WriteAllText(_temp.Combine(lang, file), text);
    }

    private IReadOnlyList<ContentPage> Read() => ContentReader.Read(_temp.Path, _diagnostics);

    /// <summary>"CODE file:row value" for every diagnostic.</summary>
    private IEnumerable<string> Reported() => _diagnostics.Items.Select(d => $"{d.Code} {d.Location.File}:{d.Location.Row} {d.Argument("value")}");

    [Fact]
    public void Every_page_is_published_in_both_languages_and_a_missing_translation_falls_back_to_the_other()
    {
        Write("ja", "about.md", Page("日本語の本文", "このサイトについて"));
        Write("en", "about.md", Page("English text", "About this site"));
        Write("ja", "faq.md", Page("質問と答え", "よくある質問"));
        Write("en", "guide.md", Page("How to use it", "Guide"));
        Write("ja", "notes.txt", "not a page");

        var pages = Read();

        Assert.Empty(_diagnostics.Items);
        Assert.Equal(
            [("ja/about/", "このサイトについて", false), ("en/about/", "About this site", false), ("ja/faq/", "よくある質問", false),
             ("en/faq/", "よくある質問", true), ("ja/guide/", "Guide", true), ("en/guide/", "Guide", false)],
            pages.Select(p => (p.SitePath, p.Title, p.Fallback)));
        Assert.Equal("ja/faq/", pages[3].AlternatePath);
        Assert.Equal(pages[2].Html, pages[3].Html);
        Assert.Contains("質問と答え", pages[3].Html, StringComparison.Ordinal);
        Assert.Contains("English text", pages[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_front_matter_is_read_as_YAML_with_its_quotes_and_comments()
    {
        Write("ja", "plan.md", "---\ntitle: \"見本市の計画: 読み方\" # 見出し\nplan: 012131-sample-plan\n---\n\n本文\n");
        Write("ja", "quoted.md", "---\ntitle: 'It''s # not a comment'\nplan: ''\n---\n\n本文\n");
        Write("ja", "windows.md", "---\r\ntitle: 改行コード\r\n---\r\n\r\n本文\r\n");

        var pages = Read().Where(p => p.Lang == Language.Ja).ToList();

        Assert.Empty(_diagnostics.Items);
        Assert.Equal(
            [("plan", "見本市の計画: 読み方", "012131-sample-plan"), ("quoted", "It's # not a comment", null), ("windows", "改行コード", null)],
            pages.Select(p => (p.Slug, p.Title, p.Plan)));
    }

    [Fact]
    public void The_body_is_rendered_as_Markdown_with_the_sites_extensions()
    {
        Write("en", "guide.md", Page("""
            ## How to read

            Read **this** and [the plans](../plans/).

            | Year | Count |
            |---|---|
            | 2021 | 3 |

            - [x] done
            """));

        var html = Assert.Single(Read(), p => p.Lang == Language.En).Html;

        Assert.Contains("<h2 id=\"how-to-read\">How to read</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>this</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../plans/\">the plans</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2021</td>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_HTML_is_published_as_text_and_each_tag_is_warned_about_on_its_line()
    {
        Write("ja", "page.md", Page("本文です。\n<script>alert(1)</script>\n\n<b onclick=\"x()\">太字</b>です。"));

        var page = Assert.Single(Read(), p => p.Lang == Language.Ja);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;b onclick=&quot;x()&quot;&gt;太字&lt;/b&gt;", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b", page.Html, StringComparison.Ordinal);
        Assert.Equal(
            ["RS605 content/ja/page.md:6 <script>alert(1)</script>", "RS605 content/ja/page.md:8 </b>", "RS605 content/ja/page.md:8 <b onclick=\"x()\">"],
            Reported());
        Assert.All(_diagnostics.Items, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Links_in_the_site_and_to_http_https_and_mailto_and_images_of_the_site_are_published()
    {
        Write("ja", "page.md", Page("[概要](../about/) [外部](https://example.org/x) [メール](mailto:info@example.org) <https://example.org/auto>\n\n![図](../images/chart.png)"));

        var html = Assert.Single(Read(), p => p.Lang == Language.Ja).Html;

        Assert.Empty(_diagnostics.Items);
        Assert.Contains("<a href=\"../about/\">概要</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/x\">外部</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:info@example.org\">メール</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/auto\">https://example.org/auto</a>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"../images/chart.png\" alt=\"図\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("<vbscript:msgbox(1)>", "vbscript:msgbox(1)")] // an autolink
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)", "javascript:alert(1)")] // a reference link
    [InlineData("![x](http://tracker.example/pixel.png)", "http://tracker.example/pixel.png")] // an image from another host
    public void A_page_with_a_refused_link_is_left_out_and_the_link_reported(string body, string url)
    {
        Write("ja", "page.md", Page(body));
        Write("ja", "other.md", Page("別のページ"));

        Assert.Equal(["ja/other/", "en/other/"], Read().Select(p => p.SitePath));
        Assert.Equal([$"RS209 content/ja/page.md:5 {url}"], Reported());
    }

    /// <summary>A protocol-relative path names another host as surely as http: does, and every
    /// reading would ask it for the image.</summary>
    [Fact]
    public void A_page_with_an_image_from_another_host_by_a_protocol_relative_path_is_left_out()
    {
        Write("ja", "page.md", Page("![x](//tracker.example/pixel.png)"));

        Assert.Empty(Read());
        Assert.Equal(["RS209 content/ja/page.md:5 //tracker.example/pixel.png"], Reported());
    }

    [Fact]
    public void An_id_classes_lang_and_dir_may_be_set_with_attributes()
    {
        Write("en", "page.md", Page("## 行財政改革 {#reform .term lang=ja dir=ltr}"));

        var html = Assert.Single(Read(), p => p.Lang == Language.En).Html;

        Assert.Empty(_diagnostics.Items);
        Assert.Contains("<h2 id=\"reform\" class=\"term\" lang=\"ja\" dir=\"ltr\">行財政改革</h2>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{style=\"color:red\"}", "style")]
    [InlineData("{href=javascript:alert(1)}", "href")]
    [InlineData("{ONCLICK=alert(1)}", "ONCLICK")]
    [InlineData("{lang=ja data-x=1}", "data-x")]
    public void A_page_setting_any_other_attribute_is_left_out_and_the_attribute_reported(string attributes, string name)
    {
        Write("ja", "page.md", Page("## 見出し " + attributes));

        Assert.Empty(Read());
        Assert.Equal([$"RS211 content/ja/page.md:5 {name}"], Reported());
    }

    [Fact]
    public void Lines_are_counted_in_the_file_past_a_front_matter_of_any_length()
    {
        Write("ja", "page.md", "---\ntitle: ページ\nplan: 012131-sample-plan\n# メモ\n---\n\n一行目\n[x](javascript:alert(1))\n");

        Assert.Empty(Read());
        Assert.Equal(["RS209 content/ja/page.md:8 javascript:alert(1)"], Reported());
    }

    [Fact]
    public void A_page_without_a_usable_name_or_front_matter_is_reported_and_the_other_pages_are_still_read()
    {
        Write("ja", "Guide.md", Page("大文字の名前"));
        Write("ja", "no-front.md", "# 見出しだけ\n");
        Write("ja", "no-title.md", "---\nplan: 012131-sample-plan\n---\n\n本文\n");
        Write("ja", "list.md", "---\ntitle: [一, 二]\n---\n\n本文\n");
        Write("ja", "ok.md", Page("本文"));

        var pages = Read();

        Assert.Equal(["ja/ok/", "en/ok/"], pages.Select(p => p.SitePath));
        Assert.Equal(
            ["RS207 content/ja/Guide.md: Guide", "RS121 content/ja/list.md:2", "RS121 content/ja/no-front.md:1", "RS111 content/ja/no-title.md:1 "],
            _diagnostics.Items.Select(d => $"{d.Code} {d.Location.File}:{d.Location.Row}" + (d.Code.ToString() is "RS207" or "RS111" ? $" {d.Argument("value")}" : "")));
    }

    public void Dispose() => _temp.Dispose();
}
