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
        ("--code", "全国地方公共団体コード (6 digits)", "6-DIGITS"),
        ("--plan-id", "計画の ID / plan ID (e.g. gyozaisei-7)", "ID"),
        ("--municipality-ja", "自治体名 / municipality (ja)", "NAME"),
        ("--municipality-en", "Municipality (en)", "NAME"),
        ("--title-ja", "計画名 / plan title (ja)", "TITLE"),
        ("--title-en", "Plan title (en)", "TITLE"),
        ("--from", "計画期間の開始年度 / first fiscal year (e.g. 2024)", "YEAR"),
        ("--to", "計画期間の終了年度 / last fiscal year", "YEAR"),
        ("--reported", "報告する年度 / fiscal year reported", "YEAR"),
        ("--levels", "階層名 / level names, separated by / (e.g. 基本方針/推進項目/取組項目)", "NAMES"),
        ("--levels-en", "Level names in English, separated by / (e.g. Policy/Item/Initiative)", "NAMES"),
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
        var scale = new Option<string>("--scale") { Description = "The rating scale the example rows use.", DefaultValueFactory = _ => "a-d" }
            .AcceptOnlyFromAmong("a-d", "symbol3", "score", "none");
        var command = new Command("new", """
            Scaffold a new plan folder.
            Creates DIR/plans/<code>-<plan-id>/ with plan.json, example rows and a README that explains
            every column. Asks for anything missing when run in a terminal. Years are Western (令和3年度 = 2021).
            """) { data };
        foreach (var q in questions) command.Options.Add(q);
        command.Options.Add(scale);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (question, option) in Questions.Zip(questions))
            {
                var value = parse.GetValue(option) ?? "";
                if (value.Length == 0 && interactive)
                {
                    output.Write($"{question.Prompt}: ");
                    value = input.ReadLine()?.Trim() ?? "";
                }
                if (value.Length == 0) return CliApp.UsageError(parse, $"new needs {question.Option}");
                values[question.Option] = value;
            }
            return Run(new Answers(parse.GetValue(data) ?? "data", values, parse.GetRequiredValue(scale)), output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Run(Answers answers, TextWriter output, TextWriter error)
    {
        var values = answers.Values;
        var problems = new List<string>();
        if (MunicipalityCode.Problem(values["--code"]) is { } codeProblem) problems.Add($"--code {values["--code"]}: {codeProblem}");
        if (!Ids.IsSlug(values["--plan-id"])) problems.Add($"--plan-id {values["--plan-id"]}: use lower-case letters, digits and hyphens");
        int Year(string option)
        {
            if (int.TryParse(values[option], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1950 and < 2100) return y;
            problems.Add($"{option} {values[option]}: a Western year such as 2024 (令和6年度)");
            return 0;
        }
        var (from, to, reported) = (Year("--from"), Year("--to"), Year("--reported"));
        if (from > to || reported < from || reported > to) problems.Add("--from ≤ --reported ≤ --to");
        var levels = values["--levels"].Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var levelsEn = values["--levels-en"].Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (levels.Length == 0 || levels.Length != levelsEn.Length) problems.Add("--levels and --levels-en need the same number of names, separated by /");
        if (problems.Count > 0)
        {
            foreach (var p in problems) error.WriteLine($"reform-site: {p}");
            return ExitCodes.UsageError;
        }

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
            error.WriteLine($"reform-site: {folder} already exists; nothing was written");
            return ExitCodes.UsageError;
        }
        var staging = folder + ".new-" + Environment.ProcessId;
        Directory.CreateDirectory(staging);
        foreach (var (name, text) in PlanScaffold.Files(options)) File.WriteAllText(Path.Combine(staging, name), text);
        Directory.Move(staging, folder);
        output.WriteLine($"created {folder}: replace the (例)/(Example) rows, then run reform-site validate");
        return ExitCodes.Ok;
    }
}
