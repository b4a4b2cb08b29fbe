namespace Reform.Site.Search;

/// <summary>Finds the Pagefind binary installed from npm (the extended build, which segments
/// Japanese): an explicit path, REFORM_SITE_PAGEFIND, or node_modules in the working folder or
/// any folder above it.</summary>
internal static class PagefindLocator
{
    private static readonly string[] Candidates =
    [
        "node_modules/@pagefind/linux-x64/bin/pagefind_extended",
        "node_modules/@pagefind/linux-arm64/bin/pagefind_extended",
        "node_modules/@pagefind/darwin-arm64/bin/pagefind_extended",
        "node_modules/@pagefind/darwin-x64/bin/pagefind_extended",
        "node_modules/@pagefind/windows-x64/bin/pagefind_extended.exe",
    ];

    public static string? Find(string? explicitPath = null)
    {
        if (explicitPath is not null) return File.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        if (Environment.GetEnvironmentVariable("REFORM_SITE_PAGEFIND") is { Length: > 0 } env) return File.Exists(env) ? env : null;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            foreach (var candidate in Candidates)
                if (File.Exists(Path.Combine(dir.FullName, candidate))) return Path.Combine(dir.FullName, candidate);
        return null;
    }
}
