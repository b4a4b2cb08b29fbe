namespace Reform.Site.Preview;

internal static class ContentTypes
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".jsonld"] = "application/ld+json",
        [".xml"] = "application/xml",
        [".csv"] = "text/csv; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".wasm"] = "application/wasm",
        [".zip"] = "application/zip",
        [".txt"] = "text/plain; charset=utf-8",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public static string Of(string file) => Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
}
