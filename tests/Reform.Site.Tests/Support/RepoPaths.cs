namespace Reform.Site.Tests.Support;

/// <summary>Finds the repository (the folder with Reform.Site.sln) so tests use the real
/// data/, theme/ and fixtures rather than copies.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Content => Path.Combine(Root, "content");

    public static string Fixtures => Path.Combine(Root, "tests", "Reform.Site.Tests", "Fixtures");

    public static string GoodData => Path.Combine(Fixtures, "good", "data");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reform.Site.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reform.Site.sln not found above " + AppContext.BaseDirectory);
    }
}
