using System.CommandLine;
using System.Globalization;
using Reform.Site.Localization;

namespace Reform.Site.Cli;

/// <summary>Options several commands take. Each command gets its own instances, so an option is
/// only ever accepted (and listed in help) by the commands that use it.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data(string fallback) =>
        Folder("--data", HelpText.Say($"The data folder: plans/ with one folder per plan, and the shared tables (default: {fallback}).",
            $"データのフォルダ: 計画ごとのフォルダを入れた plans/ と共通の表（既定: {fallback}）。"));

    public static Option<string?> Content() =>
        Folder("--content", HelpText.Say("The content pages (default: content, when it exists).", "コンテンツページのフォルダ（既定: content があればそれ）。"));

    public static Option<string?> Theme() =>
        Folder("--theme", HelpText.Say("The theme (default: theme, else the one installed with reform-site).", "テーマのフォルダ（既定: theme、なければ reform-site に付属のもの）。"));

    /// <summary>--lang ja|en: the language's code, as <see cref="Language.Parse"/> reads it.</summary>
    public static Option<Language?> Lang()
    {
        var option = new Option<Language?>("--lang")
        {
            Description = HelpText.Say("Show messages (and this help) in this language only (default: both).", "メッセージ（とこのヘルプ）をこの言語だけで表示します（既定: 両方）。"),
            // Anything but a code is refused by the list below, so this only reads the codes.
            CustomParser = result => result.Tokens is [var token] && Language.TryParse(token.Value, out var lang) ? lang : null,
        };
        option.AcceptOnlyFromAmong([.. Language.All.Select(l => l.Code)]);
        return option;
    }

    public static Option<string?> Folder(string name, string description) =>
        new(name) { Description = description, HelpName = "DIR" };

    /// <summary>An option whose value is one of <typeparamref name="T"/>'s members, written in
    /// lower case. The enum parser alone would also take any case and numbers ("--format 7"); the
    /// list keeps to the names help shows and completion offers.</summary>
    public static Option<T?> Choice<T>(string name, string description) where T : struct, Enum
    {
        var option = new Option<T?>(name) { Description = description };
        option.AcceptOnlyFromAmong([.. Enum.GetValues<T>().Select(Name)]);
        return option;
    }

    /// <summary>How <see cref="Choice{T}"/> writes a member on the command line.</summary>
    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; anything
    /// else is a usage error that says what the option takes.</summary>
    public static Option<int> Number(string name, string description, int fallback, int min, int max, string range) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => fallback,
        // A parser rather than a validator: a validator also runs after "abc" failed to convert,
        // and then reading the value throws.
        CustomParser = result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                return n;
            result.AddError($"{name} takes {range}");
            return fallback;
        },
    };
}
