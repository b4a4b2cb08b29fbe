using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Reform.Site.Tests.Workflows;

/// <summary>Runs a workflow's shell steps here as GitHub's runner would: in order, each with
/// <c>bash --noprofile --norc -eo pipefail</c>, its <c>env:</c>, and fresh GITHUB_OUTPUT and a
/// shared GITHUB_STEP_SUMMARY file; a step's outputs feed <c>${{ steps.ID.outputs.NAME }}</c>
/// in later steps' env. Left out, and listed in <see cref="Result.Skipped"/>: steps that use an
/// action (GitHub's own machinery), steps whose <c>if:</c> asks about the GitHub event (the
/// pull-request comment), and <c>npm</c> steps (the registry; the test links node_modules).
/// The first failing step ends the job, as on GitHub, unless it may continue on error.</summary>
internal sealed partial class WorkflowRunner(string workingDirectory, IReadOnlyDictionary<string, string> environment)
{
    public sealed record Result(bool Succeeded, string? FailedStep, IReadOnlyList<string> Ran, IReadOnlyList<string> Skipped,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Outputs, string Summary, string Log);

    [GeneratedRegex(@"\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}")]
    private static partial Regex StepOutput();

    public Result Run(Workflow workflow, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? actionOutputs = null)
    {
        var outputs = new Dictionary<string, IReadOnlyDictionary<string, string>>(actionOutputs ?? new Dictionary<string, IReadOnlyDictionary<string, string>>());
        var (ran, skipped, log) = (new List<string>(), new List<string>(), new StringBuilder());
        var summary = Path.GetTempFileName();
        try
        {
            foreach (var step in workflow.Steps)
            {
                var label = step.Name ?? step.Run ?? step.Uses ?? "?";
                if (step.Run is null || step.If?.Contains("github.", StringComparison.Ordinal) == true || step.Run.StartsWith("npm ", StringComparison.Ordinal))
                {
                    skipped.Add(label);
                    continue;
                }
                var outputFile = Path.GetTempFileName();
                try
                {
                    var start = new ProcessStartInfo("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.Run])
                    {
                        WorkingDirectory = workingDirectory,
                        RedirectStandardOutput = true,
                        RedirectStandardError = true,
                    };
                    foreach (var (key, value) in environment) start.Environment[key] = value;
                    start.Environment["GITHUB_OUTPUT"] = outputFile;
                    start.Environment["GITHUB_STEP_SUMMARY"] = summary;
                    start.Environment["GITHUB_ACTIONS"] = "true";
                    foreach (var (key, value) in step.Env)
                    {
                        var resolved = StepOutput().Replace(value, m => outputs.GetValueOrDefault(m.Groups[1].Value)?.GetValueOrDefault(m.Groups[2].Value) ?? "");
                        Assert.DoesNotContain("${{", resolved, StringComparison.Ordinal);
                        start.Environment[key] = resolved;
                    }
                    using var process = Process.Start(start)!;
                    var stdout = process.StandardOutput.ReadToEndAsync();
                    var stderr = process.StandardError.ReadToEnd();
                    Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{label} timed out");
                    log.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"## {label} (exit {process.ExitCode})").AppendLine(stdout.Result).AppendLine(stderr);
                    ran.Add(label);
                    if (step.Id is { } id)
                        outputs[id] = File.ReadAllLines(outputFile).Where(l => l.Contains('=', StringComparison.Ordinal))
                            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
                    if (process.ExitCode != 0 && !step.ContinueOnError)
                        return new Result(false, label, ran, skipped, outputs, File.ReadAllText(summary), log.ToString());
                }
                finally
                {
                    File.Delete(outputFile);
                }
            }
            return new Result(true, null, ran, skipped, outputs, File.ReadAllText(summary), log.ToString());
        }
        finally
        {
            File.Delete(summary);
        }
    }
}
