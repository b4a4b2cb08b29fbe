using System.CommandLine;
using System.Reflection;
using Reform.Site.Diagnostics;
using Reform.Site.Scaffolding;

namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site init DIR</c>: a city's own site repository, apart from the tool: an
/// example plan that validates (every row marked 例/Example, so validate warns until it is
/// replaced), content pages, <c>site.yml</c>, workflows that install this tool at this version
/// from <c>.config/dotnet-tools.json</c> and only validate, build and deploy, and a README in
/// Japanese and English. Writes only into a new or empty folder.</summary>
internal static class InitCommand
{
    /// <summary>The package the workflows install; the one place its version is pinned is the
    /// tool manifest this writes.</summary>
    public const string PackageId = "ReformSite.Tool";

    /// <summary>The example plan's folder under data/plans. 019992 passes the code check (a
    /// prefecture, 01 北海道, and a valid check digit) and is no municipality's code: numbers
    /// within a prefecture stop well below 999.</summary>
    public const string ExamplePlan = "019992-example";

    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "The new repository's folder (new or empty)." };
        var command = new Command("init", """
            Create a city's site repository.
            Writes into DIR (which must be new or empty): data/ with an example plan, content/ja and
            content/en, site.yml (the site's name, operator, contact, address, licence), a README, and
            .github/workflows that install this version of reform-site and validate, build and deploy.
            Exit code: 0 created, 1 DIR is not empty (nothing written), 2 usage error.
            """) { dir };
        command.SetAction(parse => Run(parse.GetRequiredValue(dir), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>The version of this tool as NuGet knows it (the informational version without the
    /// commit the SDK appends after '+').</summary>
    public static string ToolVersion =>
        (typeof(InitCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.1.0").Split('+')[0];

    public static int Run(string dir, TextWriter output)
    {
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any() || File.Exists(dir))
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Add(Codes.InitFolderNotEmpty, new SourceLocation(dir), value: dir);
            DiagnosticPrinter.Print(diagnostics.Items, Languages.From(null), output);
            return ExitCodes.DataError;
        }
        foreach (var (path, text) in Files())
        {
            var target = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
        output.WriteLine($"""
            created {dir} (reform-site {ToolVersion}) / サイトのリポジトリを作成しました
              next / 次に: cd {dir} && dotnet tool restore && dotnet reform-site validate
              replace the (例)/(Example) plan data/plans/{ExamplePlan} and the example values in site.yml
              data/plans/{ExamplePlan} の（例）の計画と site.yml の例の値を、自分の自治体のものに置き換えてください
            """);
        return ExitCodes.Ok;
    }

    /// <summary>Every file of a new repository by its path (with '/'), in a fixed order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files()
    {
        var files = new List<(string, string)>
        {
            ("README.md", Template("README.md")),
            ("site.yml", Template("site.yml")),
            (".gitignore", Template("gitignore")),
            (".config/dotnet-tools.json", ToolManifest()),
            (".github/workflows/validate.yml", Template("workflows/validate.yml")),
            (".github/workflows/deploy.yml", Template("workflows/deploy.yml")),
            ("content/ja/about.md", Template("content/about-ja.md")),
            ("content/en/about.md", Template("content/about-en.md")),
            ("data/themes.csv", Template("themes.csv")),
        };
        var example = new PlanScaffoldOptions
        {
            Code = ExamplePlan[..6],
            PlanId = ExamplePlan[7..],
            MunicipalityJa = "（例）例市",
            MunicipalityEn = "(Example) Example City",
            TitleJa = "（例）行財政改革プラン",
            TitleEn = "(Example) Administrative Reform Plan",
            From = 2024,
            To = 2027,
            Reported = 2024,
            LevelsJa = ["基本方針", "取組項目"],
            LevelsEn = ["Policy", "Initiative"],
            Scale = "a-d",
        };
        files.AddRange(PlanScaffold.Files(example).Select(f => ($"data/plans/{ExamplePlan}/{f.Key}", f.Value)));
        return files;
    }

    /// <summary>The local tool manifest: <c>dotnet tool restore</c> installs exactly this version,
    /// and <c>dotnet tool update ReformSite.Tool</c> moves it, in this one place.</summary>
    private static string ToolManifest() => $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "{{PackageId.ToLowerInvariant()}}": {
              "version": "{{ToolVersion}}",
              "commands": [
                "reform-site"
              ],
              "rollForward": false
            }
          }
        }

        """;

    private static string Template(string name)
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("SiteTemplate/" + name)
            ?? throw new InvalidOperationException($"SiteTemplate/{name} is not embedded in the tool");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
