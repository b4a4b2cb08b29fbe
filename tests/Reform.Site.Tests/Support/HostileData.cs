using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;
using CsvHelper.Configuration;

namespace Reform.Site.Tests.Support;

/// <summary>The good fixture with markup and script appended to every text a reader sees: every
/// Japanese and English cell of every table, every text of plan.json, and content pages with raw
/// HTML, script links and a script title. It is valid data (a city may well write "&lt;" in a
/// title), so the site must be built, and must show all of it as text.</summary>
public static class HostileData
{
    /// <summary>Markup that runs script if anything writes it into a page unescaped: in element
    /// content, in an attribute (either quote), in a JSON-LD script block, or in a template.</summary>
    public const string Payload = "<script>alert('s')</script>\"'><img src=x onerror=alert('i')><svg onload=alert('v')></script><script>alert('j')</script>{{ \"injected\" | string.upcase }}";

    /// <summary>What the template payload would print if data were ever run as a template.</summary>
    public const string TemplateRan = "INJECTED";

    public static (string Data, string Content) Write(string root)
    {
        var data = Path.Combine(root, "data");
        TempDir.CopyTree(RepoPaths.GoodData, data);
        foreach (var csv in Directory.GetFiles(data, "*.csv", SearchOption.AllDirectories))
            File.WriteAllText(csv, Poison(File.ReadAllText(csv)), new UTF8Encoding(false));
        foreach (var json in Directory.GetFiles(data, "plan.json", SearchOption.AllDirectories))
        {
            var plan = JsonNode.Parse(File.ReadAllText(json))!;
            PoisonTexts(plan);
            plan["plan"]!["source"]!["url"] = "https://example.org/report.pdf";
            File.WriteAllText(json, plan.ToJsonString(new() { WriteIndented = true }));
        }
        var content = Path.Combine(root, "content");
        foreach (var lang in new[] { "ja", "en" })
        {
            Directory.CreateDirectory(Path.Combine(content, lang));
            File.WriteAllText(Path.Combine(content, lang, "hostile.md"), $"""
                ---
                title: '{Payload.Replace("'", "''", StringComparison.Ordinal)}'
                ---

                {Payload}

                <iframe srcdoc="<script>alert('f')</script>"></iframe>

                <a href="javascript:alert('a')">raw link</a> and [a page](../about/) and [mail](mailto:info@example.org)

                `{Payload}`

                """);
        }
        return (data, content);
    }

    private static string Poison(string csv)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Mode = CsvMode.RFC4180 };
        using var parser = new CsvParser(new StringReader(csv), config);
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        var header = rows[0];
        var text = new StringBuilder();
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            var cells = row.Select((cell, column) =>
                index > 0 && column < header.Length && IsReadersText(header[column]) && cell.Length > 0 ? cell + Payload : cell);
            text.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        }
        return text.ToString();
    }

    /// <summary>The Japanese and English text columns: what the site shows as prose or names.
    /// Codes, numbers and ratings are checked against vocabularies and would not validate.</summary>
    private static bool IsReadersText(string column) => column.EndsWith("_ja", StringComparison.Ordinal) || column.EndsWith("_en", StringComparison.Ordinal);

    private static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void PoisonTexts(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o.ToList())
                {
                    if (key is "ja" or "en" && value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0) o[key] = s + Payload;
                    else if (value is not null) PoisonTexts(value);
                }
                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) PoisonTexts(item);
                break;
        }
    }
}
