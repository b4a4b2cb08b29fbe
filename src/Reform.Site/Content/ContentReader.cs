using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Content;

/// <summary>Reads <c>content/ja/*.md</c> and <c>content/en/*.md</c>: a YAML front matter block
/// (<c>title:</c>, optional <c>plan:</c>) and a Markdown body, converted with Markdig. Every
/// page exists in both languages; a missing translation falls back to the other language.</summary>
/// <remarks>Content is written by staff in pull requests that reviewers skim, and published on a
/// city's domain, so it is treated as data, never as HTML:
/// <list type="bullet">
/// <item>raw HTML is off: a tag is shown as text, and validation warns (RS605);</item>
/// <item>a link or image is published only when <see cref="LinkPolicy"/> allows it (RS209), and an
/// image only from the site itself: an image from another host would be a request to a third
/// party on every reading, which the site promises not to make;</item>
/// <item>generic attributes (<c>{lang=ja}</c>) may set only an id, classes and
/// <see cref="AllowedAttributes"/> (RS211: no <c>{onclick=…}</c>), and no extension that embeds
/// or wraps content of its own is on (no media links, custom containers or diagrams).</item>
/// </list></remarks>
internal static class ContentReader
{
    private static MarkdownPipelineBuilder Extensions() => new MarkdownPipelineBuilder()
        .UseAlertBlocks()
        .UseAbbreviations()
        .UseAutoIdentifiers()
        .UseCitations()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFooters()
        .UseFootnotes()
        .UseGridTables()
        .UseMathematics()
        .UsePipeTables()
        .UseListExtras()
        .UseTaskLists()
        .UseAutoLinks()
        // Last, as Markdig requires; what it may add is checked (AllowedAttributes).
        .UseGenericAttributes();

    /// <summary>Attributes a page may set with <c>{…}</c> beside its id and classes: <c>lang</c>
    /// marks a Japanese term in an English page for screen readers (WCAG 3.1.2). Anything else,
    /// <c>onclick</c> or <c>style</c> or <c>href</c>, is refused (RS211).</summary>
    public static readonly IReadOnlyList<string> AllowedAttributes = ["lang", "dir"];

    private static readonly MarkdownPipeline Pipeline = Extensions().DisableHtml().Build();

    /// <summary>The same syntax with HTML recognised: used only to find the tags to warn about.</summary>
    private static readonly MarkdownPipeline WithHtml = Extensions().Build();

    public static IReadOnlyList<ContentPage> Read(string root, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<(string Slug, Language Lang), ContentPage>();
        foreach (var lang in Language.All)
        {
            var dir = Path.Combine(root, lang.Code);
            if (!Directory.Exists(dir) || !InputFiles.MayReadFolder(dir, $"content/{lang}", diagnostics)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal))
            {
                var slug = Path.GetFileNameWithoutExtension(file);
                var relative = $"content/{lang}/{Path.GetFileName(file)}";
                if (!InputFiles.MayReadFile(file, relative, diagnostics, MaxPageBytes)) continue;
                if (!Ids.IsSlug(slug))
                {
                    diagnostics.Add(Codes.InvalidId, new SourceLocation(relative), value: slug);
                    continue;
                }
                if (PageFolders.InLanguage.Contains(slug))
                {
                    diagnostics.Add(Codes.ReservedPageName, new SourceLocation(relative), value: slug, expected: string.Join(", ", PageFolders.InLanguage));
                    continue;
                }
                if (Read(file, relative, slug, lang, diagnostics) is { } page) found[(slug, lang)] = page;
            }
        }
        var pages = new List<ContentPage>();
        foreach (var slug in found.Keys.Select(k => k.Slug).Distinct().Order(StringComparer.Ordinal))
        {
            foreach (var lang in Language.All)
            {
                if (found.TryGetValue((slug, lang), out var page)) pages.Add(page);
                else if (found.TryGetValue((slug, lang.Other), out var other)) pages.Add(other with { Lang = lang, Fallback = true });
            }
        }
        return pages;
    }

    private static ContentPage? Read(string path, string relative, string slug, Language lang, DiagnosticBag diagnostics)
    {
        var file = new SourceLocation(relative);
        if (TextFileDecoder.Decode(File.ReadAllBytes(path), file, diagnostics) is not { } text) return null;
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (TextSafety.IndexOfForbidden(text) is var bad and >= 0)
        {
            var line = text.AsSpan(0, bad).Count('\n') + 1;
            var lineStart = bad == 0 ? 0 : text.LastIndexOf('\n', bad - 1) + 1;
            diagnostics.Add(Codes.ControlCharacter, file.At(line), value: TextSafety.Describe(text, bad), expected: (bad - lineStart + 1).ToString(CultureInfo.InvariantCulture), line: line);
            return null;
        }
        if (FrontMatter.Parse(text, file, diagnostics) is not { } front) return null;
        if (MostBracketsInAParagraph(front.Body) > MaxBracketsPerParagraph)
        {
            diagnostics.Add(Codes.InvalidMarkdown, file.At(front.BodyLine), value: $"more than {MaxBracketsPerParagraph} [ in one paragraph", line: front.BodyLine,
                more: [new("detail_ja", $"一つの段落に [ が {MaxBracketsPerParagraph} 個を超えてあります")]);
            return null;
        }
        try
        {
            var document = Markdown.Parse(front.Body, Pipeline);
            var safe = CheckLinks(document, file, front.BodyLine, diagnostics) & CheckAttributes(document, file, front.BodyLine, diagnostics);
            WarnAboutHtml(Markdown.Parse(front.Body, WithHtml), file, front.BodyLine, diagnostics);
            if (!safe || front.Title is null) return null;
            return new ContentPage(slug, lang, front.Title, ToHtml(document), front.Plan, false);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses input nested past its depth limit (thousands of > or list levels)
            // rather than overflow the stack: no real page comes near it.
            diagnostics.Add(Codes.InvalidMarkdown, file.At(front.BodyLine), value: e.Message, line: front.BodyLine,
                more: [new("detail_ja", "引用や箇条書きの入れ子が深すぎます")]);
            return null;
        }
    }

    /// <summary>Markdig's link parsing takes time that grows with the square of the number of
    /// <c>[</c> in a paragraph (docs/performance.md): a page that could hold a build for minutes
    /// is refused. A real paragraph has a few dozen links.</summary>
    private const int MaxBracketsPerParagraph = 1000;

    /// <summary>The largest content page: about 300,000 Japanese characters, far more than any
    /// page, and small enough that Markdig's worst case (a list nested a thousand deep) stays
    /// within seconds, where a much larger page could hold a build for minutes
    /// (docs/performance.md).</summary>
    public const long MaxPageBytes = 1024 * 1024;

    private static int MostBracketsInAParagraph(string body) =>
        body.Split("\n\n").Max(paragraph => paragraph.AsSpan().Count('['));

    private static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        ScrollingTableRenderer.Replace(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <returns>false when a link or image is refused.</returns>
    private static bool CheckLinks(MarkdownDocument document, SourceLocation file, int bodyLine, DiagnosticBag diagnostics)
    {
        var safe = true;
        foreach (var inline in document.Descendants<Inline>())
        {
            var (url, image) = inline switch
            {
                LinkInline link => (link.Url ?? link.Reference?.Url, link.IsImage),
                AutolinkInline auto => (auto.Url, false),
                _ => (null, false),
            };
            if (url is null) continue;
            var verdict = LinkPolicy.Check(url, allowRelative: true);
            var external = image && verdict == LinkPolicy.Verdict.Allowed && LinkPolicy.Check(url, allowRelative: false) == LinkPolicy.Verdict.Allowed;
            if (verdict == LinkPolicy.Verdict.Allowed && !external) continue;
            var line = bodyLine + inline.Line;
            diagnostics.Add(Codes.DisallowedLink, file.At(line), value: url, expected: image ? "images of this site (a path without http://)" : string.Join(", ", LinkPolicy.AllowedSchemes.Select(s => s + ":")) + ", links within the site", line: line,
                more: [new("expected_ja", image ? "このサイトの画像（http:// のないパス）" : string.Join("、", LinkPolicy.AllowedSchemes.Select(s => s + ":")) + "、サイト内のリンク")]);
            safe = false;
        }
        return safe;
    }

    /// <returns>false when an attribute is refused.</returns>
    private static bool CheckAttributes(MarkdownDocument document, SourceLocation file, int bodyLine, DiagnosticBag diagnostics)
    {
        var safe = true;
        foreach (var node in document.Descendants().Cast<MarkdownObject>().Prepend(document))
        {
            if (node.TryGetAttributes()?.Properties is not { } properties) continue;
            foreach (var (name, _) in properties.Where(p => !AllowedAttributes.Contains(p.Key.ToLowerInvariant())))
            {
                var line = bodyLine + node.Line;
                diagnostics.Add(Codes.DisallowedAttribute, file.At(line), value: name, expected: string.Join(", ", AllowedAttributes.Prepend(".class").Prepend("#id")), line: line);
                safe = false;
            }
        }
        return safe;
    }

    private static void WarnAboutHtml(MarkdownDocument document, SourceLocation file, int bodyLine, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants())
        {
            var tag = node switch
            {
                HtmlBlock block => block.Lines.ToString(),
                HtmlInline inline => inline.Tag,
                _ => null,
            };
            if (tag is null) continue;
            var line = bodyLine + node.Line;
            var shown = tag.Split('\n')[0].Trim();
            diagnostics.Add(Codes.HtmlShownAsText, file.At(line), value: shown.Length > 60 ? shown[..60] + "…" : shown, line: line);
        }
    }
}
