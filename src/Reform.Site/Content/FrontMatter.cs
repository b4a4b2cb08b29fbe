using Reform.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reform.Site.Content;

/// <summary>A content page's front matter: the YAML between the first two <c>---</c> lines, as
/// Hugo and Jekyll read it (YamlDotNet), so that quotes, escapes and comments mean what YAML says.
/// Only a mapping of plain values is accepted, each key once: with a key written twice, one
/// reader would take the first and another the last.</summary>
internal sealed record FrontMatter(string? Title, string? Plan, string Body, int BodyLine)
{
    public static FrontMatter? Parse(string text, SourceLocation file, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) || text.IndexOf("\n---\n", 3, StringComparison.Ordinal) is var end && end < 0)
        {
            diagnostics.Add(Codes.InvalidFrontMatter, file.At(1), value: "Start the page with a front matter block: ---, title: …, ---.", line: 1,
                more: [new("detail_ja", "ページを ---、title: …、--- の 3 行で始めてください。")]);
            return null;
        }
        var yaml = text[4..(end + 1)];
        // The body's first line follows the opening ---, the YAML's lines and the closing ---;
        // Markdig counts the body's lines from 0.
        var bodyLine = yaml.Count(c => c == '\n') + 3;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is not null and not YamlMappingNode)
                return Invalid(file, diagnostics, root.Start, "Write name: value lines.", "「名前: 値」の行で書いてください。");
            foreach (var (key, value) in (root as YamlMappingNode)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                if (key is not YamlScalarNode { Value: { } name } || value is not YamlScalarNode scalar)
                    return Invalid(file, diagnostics, value.Start, "Each value must be a single text, not a list or a block.", "値は一つの文字列にしてください（リストやブロックは使えません）。");
                // YAML escapes ("\0", "\x07") make characters the file itself does not show.
                if (Loading.TextSafety.IndexOfForbidden(scalar.Value ?? "") is var bad and >= 0)
                    return Invalid(file, diagnostics, value.Start, $"\"{name}\" holds the control character {Loading.TextSafety.Describe(scalar.Value!, bad)}.",
                        $"「{name}」に制御文字 {Loading.TextSafety.Describe(scalar.Value!, bad)} があります。");
                if (!fields.TryAdd(name, scalar.Value ?? ""))
                    return Invalid(file, diagnostics, key.Start, $"\"{name}\" is written twice.", $"「{name}」が二度書かれています。");
            }
        }
        catch (YamlException e)
        {
            // YamlDotNet reports a key written twice as a failure to add it to the mapping.
            return Invalid(file, diagnostics, e.Start, e.InnerException is ArgumentException ? "A name is written twice." : e.Message.Split(": ", 2)[^1],
                e.InnerException is ArgumentException ? "同じ名前が二度書かれています。" : "YAML の書き方が正しくありません。");
        }
        var title = fields.GetValueOrDefault("title");
        if (string.IsNullOrEmpty(title))
            diagnostics.Add(Codes.InvalidField, file.At(1).InColumn("title", null), value: "", more: [new("detail_ja", "")]);
        return new FrontMatter(string.IsNullOrEmpty(title) ? null : title, fields.GetValueOrDefault("plan") is { Length: > 0 } plan ? plan : null, text[(end + 5)..], bodyLine);
    }

    private static FrontMatter? Invalid(SourceLocation file, DiagnosticBag diagnostics, Mark at, string detail, string detailJa)
    {
        var line = (int)Math.Min(at.Line, int.MaxValue - 1) + 1; // the YAML starts on the file's second line
        diagnostics.Add(Codes.InvalidFrontMatter, file.At(line), value: detail, line: line, more: [new("detail_ja", detailJa)]);
        return null;
    }
}
