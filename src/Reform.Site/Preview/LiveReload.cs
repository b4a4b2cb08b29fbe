using System.Text;

namespace Reform.Site.Preview;

/// <summary>The preview-only script that reloads a page when a new build is ready. It is added
/// while serving; built files never contain it.</summary>
internal static class LiveReload
{
    public static string Script(int build) =>
        $"<script>(function(){{var b={build};setInterval(function(){{fetch('{PreviewServer.StatusPath}',{{cache:'no-store'}}).then(function(r){{return r.json()}}).then(function(s){{if(s.build!==b)location.reload()}}).catch(function(){{}})}},1000)}})();</script>";

    public static byte[] Inject(byte[] html, int build)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(at < 0 ? text + Script(build) : text.Insert(at, Script(build)));
    }
}
