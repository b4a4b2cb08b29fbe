using System.Diagnostics;
using System.Text.Json;

namespace Reform.Site.Tests.Support;

/// <summary>The Nu Html Checker (npm vnu-jar) run with the machine's Java over files or folders.</summary>
public static class NuHtmlChecker
{
    public static IReadOnlyList<string> Errors(params string[] paths)
    {
        var jar = Path.Combine(NodeModules.Package("vnu-jar"), "build", "dist", "vnu.jar");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-jar", jar, "--errors-only", "--format", "json", "--skip-non-html" }.Concat(paths)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var json = process.StandardError.ReadToEnd(); // vnu writes its report to stderr
        process.WaitForExit();
        var report = JsonDocument.Parse(json.Length > 0 ? json : stdout.Result);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)} {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
