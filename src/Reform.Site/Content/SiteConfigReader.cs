using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reform.Site.Content;

/// <summary>Reads <c>site.yml</c> (YamlDotNet, as the pages' front matter) into a
/// <see cref="SiteConfig"/>. Every problem is a coded diagnostic with the file's line: RS150 for
/// YAML that cannot be read, RS151 for a setting that is missing or invalid, RS152 for a name
/// that is not a setting (a misspelt one would otherwise be ignored without a word).</summary>
internal static class SiteConfigReader
{
    private static readonly string[] Known = ["name", "operator", "official", "contact", "base_url", "license"];

    /// <summary>The settings of <paramref name="path"/>, <see cref="SiteConfig.Default"/> when there
    /// is no such file, or null after reporting why the file cannot be used.</summary>
    public static SiteConfig? Read(string path, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path)) return SiteConfig.Default;
        return Parse(File.ReadAllText(path), diagnostics);
    }

    /// <summary>The settings in <paramref name="text"/>, or null after reporting every problem.</summary>
    public static SiteConfig? Parse(string text, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        var config = ParseCore(text, found);
        diagnostics.AddRange(found.Items);
        return found.HasErrors ? null : config;
    }

    private static SiteConfig? ParseCore(string text, DiagnosticBag diagnostics)
    {
        var file = new SourceLocation(SiteConfig.FileName);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Add(Codes.InvalidSiteYaml, file.At(1), value: "Write name: value lines (see reform-site init). / 「名前: 値」の行で書いてください（reform-site init を参照）。", line: 1);
                return null;
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            // At the end of the text YamlDotNet points past its last line: name the last one.
            var line = (int)Math.Clamp(e.Start.Line, 1, text.TrimEnd('\n').Count(c => c == '\n') + 1);
            var detail = e.InnerException is ArgumentException ? "A name is written twice." : e.Message.Split(": ", 2)[^1];
            diagnostics.Add(Codes.InvalidSiteYaml, file.At(line), value: detail, line: line);
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!Known.Contains(name))
                diagnostics.Add(Codes.UnknownSiteSetting, file.At(Line(key)), value: name, expected: string.Join(", ", Known));
            else fields[name] = value;
        }

        var siteName = Text(fields, "name", file, diagnostics, required: true);
        var op = Text(fields, "operator", file, diagnostics, required: true);
        var contact = Link(fields, "contact", file, diagnostics, "an https:// page or a mailto: address / https:// のページか mailto: のアドレス");
        var baseUrl = Link(fields, "base_url", file, diagnostics, "the site's address, starting with https:// (or http://) and ending with / / https:// で始まり / で終わるサイトのアドレス");
        if (baseUrl is not null && (!baseUrl.EndsWith('/') || baseUrl.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
            Invalid(diagnostics, file, fields["base_url"], "base_url", "the site's address, starting with https:// (or http://) and ending with / / https:// で始まり / で終わるサイトのアドレス");
        var official = false;
        if (fields.TryGetValue("official", out var officialNode))
        {
            if (officialNode is YamlScalarNode { Value: "true" or "false" } flag) official = flag.Value == "true";
            else Invalid(diagnostics, file, officialNode, "official", "true (the operator is the city itself) or false / true（運営者が市自身）か false");
        }
        SiteLicense? license = null;
        if (fields.TryGetValue("license", out var licenseNode))
        {
            if (licenseNode is not YamlMappingNode licenseMap)
                Invalid(diagnostics, file, licenseNode, "license", "name: (ja:, en:) and url: / name:（ja:、en:）と url:");
            else
            {
                var parts = licenseMap.Children.ToDictionary(c => (c.Key as YamlScalarNode)?.Value ?? "", c => c.Value, StringComparer.Ordinal);
                foreach (var (key, _) in licenseMap.Children)
                    if ((key as YamlScalarNode)?.Value is not ("name" or "url") and var unknown)
                        diagnostics.Add(Codes.UnknownSiteSetting, file.At(Line(key)), value: $"license.{unknown}", expected: "license.name, license.url");
                var licenseName = Text(parts, "name", file, diagnostics, required: true, prefix: "license.");
                var url = Link(parts, "url", file, diagnostics, "the address of the licence's text / ライセンス本文のアドレス", prefix: "license.", required: true);
                if (licenseName is not null && url is not null) license = new SiteLicense(licenseName, url);
            }
        }
        if (siteName is null || op is null) return null;
        return new SiteConfig { Name = siteName, Operator = op, Official = official, Contact = contact, BaseUrl = baseUrl, License = license };
    }

    /// <summary>The base URL the settings give, for the command line to use when --base-url is not
    /// given; null when there is none or the file is not usable (the build then reports why).</summary>
    public static string? BaseUrl(string path) => Read(path, new DiagnosticBag())?.BaseUrl;

    /// <summary>A text in both languages: <c>name: {ja: …, en: …}</c>. Japanese and English are both
    /// required: the site shows them to readers of each language.</summary>
    private static LocalizedText? Text(IReadOnlyDictionary<string, YamlNode> fields, string key, SourceLocation file, DiagnosticBag diagnostics, bool required, string prefix = "")
    {
        if (!fields.TryGetValue(key, out var node))
        {
            if (required) diagnostics.Add(Codes.InvalidSiteSetting, file.At(1).InColumn(prefix + key, null), value: "ja: and en: / ja: と en:");
            return null;
        }
        string? Part(string lang) =>
            node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(lang), out var v) && v is YamlScalarNode { Value: { Length: > 0 } s } ? s : null;
        var (ja, en) = (Part("ja"), Part("en"));
        if (ja is null || en is null || Unsafe(ja) || Unsafe(en))
        {
            Invalid(diagnostics, file, node, prefix + key, "a text in Japanese (ja:) and in English (en:), without control characters / 日本語（ja:）と英語（en:）の文字列（制御文字なし）");
            return null;
        }
        return LocalizedText.Of(ja, en);
    }

    private static string? Link(IReadOnlyDictionary<string, YamlNode> fields, string key, SourceLocation file, DiagnosticBag diagnostics, string what, string prefix = "", bool required = false)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            if (required) diagnostics.Add(Codes.InvalidSiteSetting, file.At(1).InColumn(prefix + key, null), value: what);
            return null;
        }
        if (node is YamlScalarNode { Value: { Length: > 0 } url } && !Unsafe(url) && LinkPolicy.Check(url, allowRelative: false) == LinkPolicy.Verdict.Allowed)
            return url;
        Invalid(diagnostics, file, node, prefix + key, what);
        return null;
    }

    private static bool Unsafe(string text) => TextSafety.IndexOfForbidden(text) >= 0;

    private static void Invalid(DiagnosticBag diagnostics, SourceLocation file, YamlNode node, string key, string what) =>
        diagnostics.Add(Codes.InvalidSiteSetting, file.At(Line(node)).InColumn(key, null), value: what);

    private static int Line(YamlNode node) => (int)Math.Clamp(node.Start.Line, 1, int.MaxValue);
}
