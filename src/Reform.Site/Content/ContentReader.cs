using Markdig;
using Reform.Site.Diagnostics;

namespace Reform.Site.Content;

/// <summary>Reads <c>content/ja/*.md</c> and <c>content/en/*.md</c>: a front matter block
/// (<c>title:</c>, optional <c>plan:</c>) and a Markdown body, converted with Markdig. Every
/// page exists in both languages; a missing translation falls back to the other language.</summary>
public static class ContentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static IReadOnlyList<ContentPage> Read(string root, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<(string Slug, string Lang), ContentPage>();
        foreach (var lang in new[] { "ja", "en" })
        {
            var dir = Path.Combine(root, lang);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal))
            {
                var slug = Path.GetFileNameWithoutExtension(file);
                var relative = $"content/{lang}/{Path.GetFileName(file)}";
                if (!Model.Ids.IsSlug(slug))
                {
                    diagnostics.Add("RS207", new SourceLocation(relative), value: slug);
                    continue;
                }
                if (Parse(File.ReadAllText(file), relative, diagnostics) is not var (title, plan, body) || title is null) continue;
                found[(slug, lang)] = new ContentPage(slug, lang, title, Markdown.ToHtml(body, Pipeline), plan, false);
            }
        }
        var pages = new List<ContentPage>();
        foreach (var slug in found.Keys.Select(k => k.Slug).Distinct().Order(StringComparer.Ordinal))
        {
            foreach (var lang in new[] { "ja", "en" })
            {
                if (found.TryGetValue((slug, lang), out var page)) pages.Add(page);
                else if (found.TryGetValue((slug, lang == "ja" ? "en" : "ja"), out var other)) pages.Add(other with { Lang = lang, Fallback = true });
            }
        }
        return pages;
    }

    private static (string? Title, string? Plan, string Body)? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) || text.IndexOf("\n---\n", 3, StringComparison.Ordinal) is var end && end < 0)
        {
            diagnostics.Add("RS111", new SourceLocation(file, 1).InColumn("title", null), value: "Start the page with a front matter block: ---, title: …, ---.");
            return null;
        }
        var fields = text[4..end].Split('\n')
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        var title = fields.GetValueOrDefault("title");
        if (string.IsNullOrEmpty(title))
            diagnostics.Add("RS111", new SourceLocation(file, 1).InColumn("title", null), value: "");
        return (title, fields.GetValueOrDefault("plan"), text[(end + 5)..]);
    }
}
