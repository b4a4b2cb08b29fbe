namespace Reform.Site.Cli.Commands;

/// <summary><c>reform-site build</c>: validate, render and write the site atomically.</summary>
public static class BuildCommand
{
    public const string Help = """
        reform-site build [--data DIR] [--out DIR] [--content DIR] [--theme DIR] [--base-url URL] [--lang ja|en] [--quiet]
          Validates DIR (default: data) and, when it has no errors, writes the site to
          --out (default: _site). A failed build leaves the previous output untouched.
          Exit code: 0 built, 1 data errors (nothing written), 2 usage error.
        """;

    public static int Run(CommandLine args, TextWriter output)
    {
        output.WriteLine("build: not yet implemented");
        return ExitCodes.DataError;
    }
}
