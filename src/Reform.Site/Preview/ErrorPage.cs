using System.Globalization;
using System.Net;
using System.Text;
using Reform.Site.Diagnostics;
using Reform.Site.Localization;

namespace Reform.Site.Preview;

/// <summary>What the preview shows instead of the site while the data has errors.</summary>
internal static class ErrorPage
{
    public static string Render(IReadOnlyList<Diagnostic> errors, int build)
    {
        var catalog = DiagnosticCatalog.Default;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>データにエラーがあります / The data has errors</title><style>body{font-family:sans-serif;margin:2rem;line-height:1.6}li{margin-bottom:1rem}code{background:#f2f2f2;padding:0 .25rem}</style></head><body><main>");
        sb.Append(CultureInfo.InvariantCulture, $"<h1>データにエラーが {errors.Count} 件あります / <span lang=\"en\">The data has {errors.Count} error(s)</span></h1>");
        sb.Append("<p>直して保存すると、このページは自動で更新されます。 <span lang=\"en\">Fix and save: this page reloads by itself.</span></p><ol>");
        foreach (var d in errors)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li><code>{d.Code}</code> <code>{WebUtility.HtmlEncode(d.Location.ToString())}</code><br>");
            sb.Append(CultureInfo.InvariantCulture, $"{WebUtility.HtmlEncode(catalog.Message(d, Language.Ja))} → {WebUtility.HtmlEncode(catalog.Fix(d, Language.Ja))}<br>");
            sb.Append(CultureInfo.InvariantCulture, $"<span lang=\"en\">{WebUtility.HtmlEncode(catalog.Message(d, Language.En))} → {WebUtility.HtmlEncode(catalog.Fix(d, Language.En))}</span></li>");
        }
        sb.Append("</ol></main>").Append(LiveReload.Script(build)).Append("</body></html>");
        return sb.ToString();
    }
}
