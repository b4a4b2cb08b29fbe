namespace Reform.Site.Output;

/// <summary>The theme's static files (stylesheet, images), copied as they are, in a stable order.</summary>
internal static class StaticAssets
{
    public static IEnumerable<OutputFile> From(string staticRoot)
    {
        if (!Directory.Exists(staticRoot)) yield break;
        foreach (var file in Directory.GetFiles(staticRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return new OutputFile(Path.GetRelativePath(staticRoot, file).Replace('\\', '/'), File.ReadAllBytes(file));
    }
}
