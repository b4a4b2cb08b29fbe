namespace Reform.Site.Model;

/// <summary>The licences plan data can carry, with their canonical names and addresses.</summary>
internal static class Licenses
{
    public sealed record License(string Id, string TitleJa, string TitleEn, string Url);

    private static readonly Dictionary<string, License> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PDL-1.0"] = new("PDL-1.0", "公共データ利用規約（第1.0版）", "Public Data License (Version 1.0)", "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0"),
        ["CC-BY-4.0"] = new("CC-BY-4.0", "クリエイティブ・コモンズ 表示 4.0 国際", "Creative Commons Attribution 4.0 International", "https://creativecommons.org/licenses/by/4.0/"),
    };

    public static License Of(string id) => Known.TryGetValue(id, out var l) ? l : new License(id, id, id, "");
}
