using Reform.Site.Localization;

namespace Reform.Site.Cli;

/// <summary>Which languages console messages are shown in: both unless --lang says one.</summary>
internal static class Languages
{
    public static IReadOnlyList<Language> From(Language? lang) => lang is { } one ? [one] : Language.All;
}
