using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reform.Site.Infrastructure;

internal static class Json
{
    /// <summary>Indented, with Japanese written as itself rather than \u escapes.</summary>
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
