using System.Reflection;
using System.Text;
using Reform.Site.Model;
using Reform.Site.Output;

namespace Reform.Site.Datasets;

/// <summary>The JSON Schema of the plan document (<c>schema/plan-document.schema.json</c>,
/// embedded), published where its <c>$id</c> says: <see cref="SitePaths.PlanDocumentSchema"/>.
/// The source names a site path; the published copy names the absolute URL under the base URL,
/// so a validator that resolves <c>$id</c> (a relative one resolves against where the file was
/// fetched from) finds the file itself.</summary>
internal static class PlanDocumentSchema
{
    private const string ResourceName = "plan-document.schema.json";

    /// <summary>The schema's text as in the repository.</summary>
    public static string Source()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"No embedded {ResourceName}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The file to publish: the source with its site-relative <c>$id</c> made absolute
    /// under <paramref name="baseUrl"/> (only that string changes, so the bytes follow the source).</summary>
    public static OutputFile File(string baseUrl)
    {
        var relative = $"\"$id\": \"{SitePaths.PlanDocumentSchema}\"";
        var source = Source();
        if (!source.Contains(relative, StringComparison.Ordinal))
            throw new InvalidOperationException($"{ResourceName} must have {relative}: the site publishes it there");
        var published = source.Replace(relative, $"\"$id\": \"{SitePaths.Absolute(baseUrl, SitePaths.PlanDocumentSchema)}\"", StringComparison.Ordinal);
        return new OutputFile(SitePaths.PlanDocumentSchema, new UTF8Encoding(false).GetBytes(published));
    }
}
