using System.Text;

namespace Reform.Site.Output;

/// <summary>Joins the theme's stylesheets (<c>theme/css/*.css</c>, in name order: tokens first)
/// into the one shared stylesheet every page links, <c>assets/site.css</c>.</summary>
internal static class StylesheetBundle
{
    public const string OutputPath = "assets/site.css";

    public static OutputFile? From(string cssRoot)
    {
        if (!Directory.Exists(cssRoot)) return null;
        var css = new StringBuilder();
        foreach (var file in Directory.GetFiles(cssRoot, "*.css").Order(StringComparer.Ordinal))
            css.Append(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')).Append('\n');
        return new OutputFile(OutputPath, Encoding.UTF8.GetBytes(css.ToString()));
    }
}
