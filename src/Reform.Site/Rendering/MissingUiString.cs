using Reform.Site.Localization;

namespace Reform.Site.Rendering;

/// <summary>A UI string a template asked for that the theme's <c>i18n/{Lang}.json</c> lacks.</summary>
internal readonly record struct MissingUiString(Language Lang, string Key);
