namespace Reform.Site.Tests.Support;

/// <summary>Finds the repository (the folder with Reform.Site.sln) so tests use the real theme/
/// and fixtures rather than copies. <see cref="Data"/> and <see cref="Content"/> are the live
/// shipped site, which a city edits: only invariants that hold for any valid data read them
/// (ShippedData/); tests that pin values read <see cref="ShippedFixture"/>.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Theme => Path.Combine(Root, "theme");

    public static string Content => Path.Combine(Root, "content");

    public static string Fixtures => Path.Combine(Root, "tests", "Reform.Site.Tests", "Fixtures");

    public static string GoodData => Path.Combine(Fixtures, "good", "data");

    /// <summary>A frozen copy of the shipped five-city data (Fixtures/shipped/README.md): what tests
    /// that pin the reports' values read, so that an edit of the live data/ cannot break them.</summary>
    public static string ShippedFixture => Path.Combine(Fixtures, "shipped", "data");

    /// <summary>The content pages that go with <see cref="ShippedFixture"/>.</summary>
    public static string ShippedFixtureContent => Path.Combine(Fixtures, "shipped", "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reform.Site.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reform.Site.sln not found above " + AppContext.BaseDirectory);
    }
}
