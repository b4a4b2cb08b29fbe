using System.Text.Json;

namespace Reform.Site.Localization;

/// <summary>The UI strings of one language (<c>theme/i18n/{lang}.json</c>). Every label a reader
/// sees comes from here, never from code, so translators edit one file per language.</summary>
internal sealed class ThemeStrings
{
    private readonly IReadOnlyDictionary<string, string> _strings;

    private ThemeStrings(Language lang, IReadOnlyDictionary<string, string> strings, IReadOnlyList<Era> eras)
    {
        Lang = lang;
        _strings = strings;
        Eras = eras;
    }

    public Language Lang { get; }

    /// <summary>Japanese eras, newest first, for 和暦 labels (令和6年度).</summary>
    public IReadOnlyList<Era> Eras { get; }

    public string? Get(string key) => _strings.GetValueOrDefault(key);

    public IEnumerable<string> Keys => _strings.Keys;

    /// <summary>These strings with some replaced: the site's own name and operator from its
    /// settings (site.yml) stand where the theme has its defaults.</summary>
    public ThemeStrings With(IReadOnlyDictionary<string, string> replaced)
    {
        var strings = new Dictionary<string, string>(_strings, StringComparer.Ordinal);
        foreach (var (key, value) in replaced) strings[key] = value;
        return new ThemeStrings(Lang, strings, Eras);
    }

    public static ThemeStrings Load(string path, Language lang)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var eras = new List<Era>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (p.Name == "eras")
                eras.AddRange(p.Value.EnumerateArray().Select(e => new Era(e.GetProperty("name").GetString()!, e.GetProperty("from").GetInt32(), DateOnly.ParseExact(e.GetProperty("began").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
            else
                strings[p.Name] = p.Value.GetString() ?? "";
        }
        return new ThemeStrings(lang, strings, eras.OrderByDescending(e => e.From).ToList());
    }
}
