using Reform.Site.Localization;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>A file's language as its title says it in each language: 「一覧表（日本語）」,
/// "flat table (Japanese)", never a bare code such as 「（ja）」 in a Japanese title. Catalogue
/// titles are metadata made with the files (DCAT, the data package), so they are written here,
/// beside the other catalogue texts, rather than in the theme.</summary>
internal static class LanguageNames
{
    public static LocalizedText Of(Language lang) => lang == Language.Ja ? new("日本語", "Japanese") : new("英語", "English");
}
