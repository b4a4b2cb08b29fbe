using System.Globalization;
using Reform.Site.Model;
using Reform.Site.Scaffolding;
using Reform.Site.Validation;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site new</c>: scaffold a plan folder that validates as it is.</summary>
public static class NewCommand
{
    public const string Help = """
        reform-site new [--data DIR] --code 6-DIGITS --plan-id ID --municipality-ja 名前 --municipality-en NAME
                        --title-ja 計画名 --title-en TITLE --from YEAR --to YEAR --reported YEAR
                        --levels 基本方針/推進項目/取組項目 --levels-en "Policy/Item/Initiative" [--scale a-d|symbol3|score|none]
          Creates DIR/plans/<code>-<plan-id>/ with plan.json, example rows and a README that explains
          every column. Asks for anything missing when run in a terminal. Years are Western (令和3年度 = 2021).
        """;

    public static readonly string[] Options =
        ["--code", "--plan-id", "--municipality-ja", "--municipality-en", "--title-ja", "--title-en", "--from", "--to", "--reported", "--levels", "--levels-en", "--scale"];

    public static int Run(CommandLine args, TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in Options)
        {
            var value = args.Get(option, "");
            if (value.Length == 0 && option == "--scale") value = "a-d";
            if (value.Length == 0 && interactive)
            {
                output.Write($"{Prompt(option)}: ");
                value = input.ReadLine()?.Trim() ?? "";
            }
            if (value.Length == 0)
            {
                error.WriteLine($"reform-site: new needs {option}");
                error.WriteLine(Help);
                return ExitCodes.UsageError;
            }
            values[option] = value;
        }
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
        if (values["--scale"] is not ("a-d" or "symbol3" or "score" or "none")) problems.Add("--scale: a-d, symbol3, score or none");
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
            Scale = values["--scale"],
        };
        var folder = Path.Combine(args.Get("--data", "data"), "plans", $"{options.Code}-{options.PlanId}");
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

    private static string Prompt(string option) => option switch
    {
        "--code" => "全国地方公共団体コード (6 digits)",
        "--plan-id" => "計画の ID / plan ID (e.g. gyozaisei-7)",
        "--municipality-ja" => "自治体名 / municipality (ja)",
        "--municipality-en" => "Municipality (en)",
        "--title-ja" => "計画名 / plan title (ja)",
        "--title-en" => "Plan title (en)",
        "--from" => "計画期間の開始年度 / first fiscal year (e.g. 2024)",
        "--to" => "計画期間の終了年度 / last fiscal year",
        "--reported" => "報告する年度 / fiscal year reported",
        "--levels" => "階層名 / level names, separated by / (e.g. 基本方針/推進項目/取組項目)",
        "--levels-en" => "Level names in English, separated by /",
        _ => option,
    };
}
