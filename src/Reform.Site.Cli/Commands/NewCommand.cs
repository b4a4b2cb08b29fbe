using System.CommandLine;
using System.Globalization;
using Reform.Site.Model;
using Reform.Site.Scaffolding;
using Reform.Site.Validation;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site new</c>: scaffold a plan folder that validates as it is.</summary>
internal static class NewCommand
{
    /// <summary>The answers a plan needs, in the order a terminal asks for them; the prompt is
    /// also the option's help. The value names are ASCII: help aligns its columns by characters,
    /// and a wide (Japanese) one pushes its description out of line.</summary>
    private static readonly (string Option, string Prompt, string HelpName)[] Questions =
    [
        ("--code", "全国地方公共団体コード（6 桁）/ municipality code (6 digits)", "6-DIGITS"),
        ("--plan-id", "計画の ID / plan ID (e.g. gyozaisei-7)", "ID"),
        ("--municipality-ja", "自治体名 / municipality (ja)", "NAME"),
        ("--municipality-en", "自治体名（英語）/ municipality (en)", "NAME"),
        ("--title-ja", "計画名 / plan title (ja)", "TITLE"),
        ("--title-en", "計画名（英語）/ plan title (en)", "TITLE"),
        ("--from", "計画期間の開始年度 / first fiscal year (e.g. 2024)", "YEAR"),
        ("--to", "計画期間の終了年度 / last fiscal year", "YEAR"),
        ("--reported", "報告する年度 / fiscal year reported", "YEAR"),
        ("--levels", "階層名 / level names, separated by / (e.g. 基本方針/推進項目/取組項目)", "NAMES"),
        ("--levels-en", "階層名（英語）/ level names in English, separated by / (e.g. Policy/Item/Initiative)", "NAMES"),
    ];

    public static readonly string[] Options = [.. Questions.Select(q => q.Option)];

    /// <summary>Every answer by its option name, as given or typed in.</summary>
    public sealed record Answers(string DataDir, IReadOnlyDictionary<string, string> Values, string Scale);

    public static Command Create(TextReader input, bool interactive)
    {
        var data = CommonOptions.Data("data");
        // Strings, not ints, even for the years: a wrong one gets a message that says what a
        // Western year is, alongside every other problem with the answers.
        var questions = Questions.Select(q => new Option<string?>(q.Option) { Description = q.Prompt, HelpName = q.HelpName }).ToList();
        var scale = new Option<string>("--scale") { Description = HelpText.Say("The rating scale the example rows use.", "例の行が使う評価の尺度。"), DefaultValueFactory = _ => "a-d" }
            .AcceptOnlyFromAmong("a-d", "symbol3", "score", "none");
        var command = new Command("new", HelpText.Say("""
            Scaffold a new plan folder.
            Creates DIR/plans/<code>-<plan-id>/ with plan.json, example rows and a README that explains
            every column. Asks for anything missing when run in a terminal, and asks again when an
            answer is wrong. Years are Western (令和3年度 = 2021). The prefecture comes from the code.
            """, """
            新しい計画フォルダを作ります。
            DIR/plans/<コード>-<計画 ID>/ に plan.json、例の行、各列を説明する README を作ります。
            端末で実行すると足りない項目を尋ね、答えが正しくなければ尋ね直します。
            年度は西暦です（令和3年度 = 2021）。都道府県はコードから決まります。
            """)) { data };
        foreach (var q in questions) command.Options.Add(q);
        command.Options.Add(scale);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var problems = new List<string>();
            foreach (var (question, option) in Questions.Zip(questions))
            {
                var value = parse.GetValue(option) ?? "";
                if (value.Length == 0 && interactive)
                {
                    // Each answer is checked as it is typed and asked again until it is right, so
                    // one slip does not throw away every answer before it.
                    while (true)
                    {
                        output.Write($"{question.Prompt}: ");
                        if (input.ReadLine() is not { } line) return CliApp.UsageError(parse, $"new needs {question.Option} / {question.Option} が必要です");
                        value = line.Trim();
                        if (value.Length == 0) continue;
                        if (Problem(question.Option, value, values) is not { } wrong) break;
                        output.WriteLine($"  {wrong.Ja}");
                        output.WriteLine($"  {wrong.En}");
                    }
                }
                if (value.Length == 0) return CliApp.UsageError(parse, $"new needs {question.Option} / {question.Option} が必要です");
                if (Problem(question.Option, value, values) is { } problem) problems.Add($"{question.Option} {value}: {problem.En} / {problem.Ja}");
                values[question.Option] = value;
            }
            if (problems.Count > 0)
            {
                foreach (var p in problems) error.WriteLine($"reform-site: {p}");
                return ExitCodes.UsageError;
            }
            return Run(new Answers(parse.GetValue(data) ?? "data", values, parse.GetRequiredValue(scale)), output, error);
        });
        return command;
    }

    /// <summary>What is wrong with the answer to <paramref name="option"/> given the answers
    /// before it (in English and Japanese), or null.</summary>
    public static (string En, string Ja)? Problem(string option, string value, IReadOnlyDictionary<string, string> before)
    {
        static int? Year(string text) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1950 and < 2100 ? y : null;
        int? Earlier(string name) => before.TryGetValue(name, out var text) ? Year(text) : null;
        switch (option)
        {
            case "--code":
                return MunicipalityCode.Problem(value);
            case "--plan-id":
                return Ids.IsSlug(value) ? null : ("Use lower-case letters, digits and hyphens (e.g. gyozaisei-7).", "半角の小文字・数字・ハイフンで書いてください（例: gyozaisei-7）。");
            case "--from" or "--to" or "--reported":
                if (Year(value) is not int year) return ("A Western year such as 2024 (令和6年度 = 2024).", "西暦の年度で書いてください（令和6年度 → 2024）。");
                if (option == "--to" && Earlier("--from") is int from && year < from)
                    return ($"The last year comes before the first, {from}.", $"終了年度が開始年度 {from} より前です。");
                if (option == "--reported" && (Earlier("--from") is int first && year < first || Earlier("--to") is int last && year > last))
                    return ($"The year reported must be within the plan period {Earlier("--from")}–{Earlier("--to")}.", $"報告する年度は計画期間 {Earlier("--from")}〜{Earlier("--to")} の中にしてください。");
                return null;
            case "--levels":
                return Names(value).Length == 0 ? ("Give the level names separated by /.", "階層名を / で区切って書いてください。") : null;
            case "--levels-en":
                var count = before.TryGetValue("--levels", out var ja) ? Names(ja).Length : 0;
                return Names(value).Length == count ? null
                    : ($"Give {count} names separated by /, as many as in Japanese.", $"日本語と同じ {count} 個の名前を / で区切って書いてください。");
            default:
                return null;
        }
    }

    private static string[] Names(string value) => value.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static int Run(Answers answers, TextWriter output, TextWriter error)
    {
        var values = answers.Values;
        var years = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in Options)
            if (Problem(option, values[option], years) is { } problem)
            {
                error.WriteLine($"reform-site: {option} {values[option]}: {problem.En} / {problem.Ja}");
                return ExitCodes.UsageError;
            }
            else years[option] = values[option];
        int Year(string option) => int.Parse(values[option], CultureInfo.InvariantCulture);
        var (from, to, reported) = (Year("--from"), Year("--to"), Year("--reported"));
        var levels = Names(values["--levels"]);
        var levelsEn = Names(values["--levels-en"]);

        var options = new PlanScaffoldOptions
        {
            Code = values["--code"],
            PlanId = values["--plan-id"],
            MunicipalityJa = values["--municipality-ja"],
            MunicipalityEn = values["--municipality-en"],
            TitleJa = values["--title-ja"],
            TitleEn = values["--title-en"],
            From = from,
            To = to,
            Reported = reported,
            LevelsJa = levels,
            LevelsEn = levelsEn,
            Scale = answers.Scale,
        };
        var folder = Path.Combine(answers.DataDir, "plans", $"{options.Code}-{options.PlanId}");
        if (Directory.Exists(folder))
        {
            error.WriteLine($"reform-site: {folder} already exists; nothing was written / {folder} はすでにあります。何も書き込んでいません");
            return ExitCodes.UsageError;
        }
        var staging = folder + ".new-" + Environment.ProcessId;
        Directory.CreateDirectory(staging);
        foreach (var (name, text) in PlanScaffold.Files(options)) File.WriteAllText(Path.Combine(staging, name), text);
        Directory.Move(staging, folder);
        output.WriteLine($"created {folder}: replace the (Example) rows, then run reform-site validate");
        output.WriteLine($"{folder} を作りました。（例）の行を実際の内容に置き換えてから reform-site validate を実行してください（例の行が残っている間は警告 RS603 が出ます）。");
        return ExitCodes.Ok;
    }
}
