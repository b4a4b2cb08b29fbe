using System.Text.RegularExpressions;
using Reform.Site.Cli.Commands;
using Reform.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Reform.Site.Tests.Workflows;

/// <summary>The workflows of this repository and those <c>reform-site init</c> writes into a
/// city's: actions pinned to commits, data changes running only what they need, a validation
/// report that reaches a pull request from a fork (whose token cannot comment), and a deploy that
/// can be run by hand and enables Pages.</summary>
public sealed partial class WorkflowFilesTests
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, ".github", "workflows"), "*.yml").Order(StringComparer.Ordinal))
            data.Add("project:" + Path.GetFileName(file));
        foreach (var (path, _) in InitCommand.Files().Where(f => f.Path.StartsWith(".github/workflows/", StringComparison.Ordinal)))
            data.Add("init:" + Path.GetFileName(path));
        return data;
    }

    internal static Workflow Load(string which)
    {
        var (origin, name) = (which.Split(':')[0], which.Split(':')[1]);
        var text = origin == "project"
            ? File.ReadAllText(Path.Combine(RepoPaths.Root, ".github", "workflows", name))
            : InitCommand.Files().Single(f => f.Path == ".github/workflows/" + name).Text;
        return Workflow.Parse(which, text);
    }

    [GeneratedRegex(@"^\s*(- )?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}\s*$")]
    private static partial Regex PinnedWithVersion();

    [Theory]
    [MemberData(nameof(All))]
    public void Every_action_is_pinned_to_a_commit_with_its_version_in_a_comment(string which)
    {
        var workflow = Load(which);
        var uses = workflow.Steps.Where(s => s.Uses is not null).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, s => Assert.Matches(PinnedWithVersion(), s.UsesLine!));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Every_push_and_pull_request_trigger_has_a_paths_filter(string which)
    {
        var triggers = Load(which).Triggers;
        var filtered = triggers.Where(t => t.Key is "push" or "pull_request").ToList();
        Assert.NotEmpty(filtered);
        Assert.All(filtered, t => Assert.True(t.Value is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode("paths")), $"{which}: {t.Key} has no paths filter"));
    }

    [Theory]
    [MemberData(nameof(All))]
    public void No_run_step_expands_an_expression_into_the_shell(string which) =>
        // Values from the event (a branch name, a title) would become shell code: they go through env.
        Assert.All(Load(which).Steps.Where(s => s.Run is not null), s => Assert.DoesNotContain("${{", s.Run!, StringComparison.Ordinal));

    [Theory]
    [InlineData("project:deploy.yml")]
    [InlineData("init:deploy.yml")]
    public void Deploy_can_be_run_by_hand_and_enables_Pages(string which)
    {
        var workflow = Load(which);
        Assert.Contains("workflow_dispatch", workflow.Triggers.Keys);
        var pages = Assert.Single(workflow.Steps, s => s.Uses?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true);
        Assert.Equal("true", pages.With["enablement"]);
        Assert.Contains(workflow.Steps, s => s.Uses?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
        Assert.Contains(workflow.Steps, s => s.Run?.Contains("build --search required", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("project:validate.yml")]
    [InlineData("init:validate.yml")]
    public void Validation_reports_to_a_fork_too_and_fails_on_data_errors_after_the_report(string which)
    {
        var steps = Load(which).Steps;
        int Index(Func<Workflow.WorkflowStep, bool> what, string description)
        {
            var i = steps.ToList().FindIndex(s => what(s));
            Assert.True(i >= 0, $"{which} has no step that {description}");
            return i;
        }
        var annotations = Index(s => s.Run?.Contains("validate --format github", StringComparison.Ordinal) == true, "annotates (validate --format github)");
        var report = Index(s => s.Run?.Contains("validate --format markdown", StringComparison.Ordinal) == true, "writes the markdown report");
        var summary = Index(s => s.Run?.Contains("$GITHUB_STEP_SUMMARY", StringComparison.Ordinal) == true, "writes the job summary");
        var comment = Index(s => s.Run?.Contains("gh pr comment", StringComparison.Ordinal) == true, "comments on the pull request");
        var fail = Index(s => s.Name == "Fail on data errors", "fails on data errors");

        // Neither validation step may stop the job before the report is out.
        Assert.Contains("|| true", steps[annotations].Run!, StringComparison.Ordinal);
        Assert.Contains("set +e", steps[report].Run!, StringComparison.Ordinal);
        // The comment only where the token may write (not from a fork), and never the end of the job.
        Assert.Contains("github.event.pull_request.head.repo.full_name == github.repository", steps[comment].If, StringComparison.Ordinal);
        Assert.True(steps[comment].ContinueOnError, "a failed comment must not skip the failure on data errors");
        Assert.True(annotations < fail && report < summary && summary < fail && comment < fail, "the report comes out before the job fails");
        Assert.Null(steps[fail].If);
        Assert.Equal("${{ steps.report.outputs.status }}", steps[fail].Env["STATUS"]);
        Assert.Equal("steps.report", "steps." + steps[report].Id);
    }

    [Theory]
    [InlineData("init:validate.yml")]
    [InlineData("init:deploy.yml")]
    public void A_city_repository_installs_the_pinned_tool_and_never_runs_the_tools_tests(string which)
    {
        var runs = Load(which).Steps.Where(s => s.Run is not null).Select(s => s.Run!).ToList();
        Assert.Contains("dotnet tool restore", runs);
        Assert.DoesNotContain(runs, r => r.Contains("dotnet test", StringComparison.Ordinal) || r.Contains("dotnet run", StringComparison.Ordinal) || r.Contains("dotnet build", StringComparison.Ordinal));
        Assert.All(runs.Where(r => r.Contains("reform-site", StringComparison.Ordinal)), r => Assert.Contains("dotnet reform-site ", r, StringComparison.Ordinal));
    }

    [Fact]
    public void In_this_repository_a_data_edit_runs_validation_and_not_the_tools_tests()
    {
        static IReadOnlyList<string> Paths(string which) =>
            ((YamlSequenceNode)((YamlMappingNode)Load(which).Triggers["pull_request"]!).Children[new YamlScalarNode("paths")]).Children.Select(p => ((YamlScalarNode)p).Value!).ToList();
        Assert.Contains("data/**", Paths("project:validate.yml"));
        Assert.Contains("content/**", Paths("project:validate.yml"));
        Assert.DoesNotContain(Paths("project:tests.yml"), p => p.StartsWith("data", StringComparison.Ordinal) || p.StartsWith("content", StringComparison.Ordinal) || p == "site.yml");
        Assert.Contains(Load("project:tests.yml").Steps, s => s.Run == "dotnet test Reform.Site.sln");
    }
}
