using System.Diagnostics;

namespace Reform.Site.Tests.Support;

/// <summary>A throwaway git repository holding a copy of the good fixture as data/.</summary>
public sealed class GitRepo : IDisposable
{
    private readonly TempDir _temp = new();

    public GitRepo()
    {
        TempDir.CopyTree(RepoPaths.GoodData, Data);
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "staff@example.org");
        Git("config", "user.name", "City staff");
        Commit("Publish FY2021 results");
    }

    public string Root => _temp.Path;

    public string Data => _temp.Combine("data");

    public string PlanFile(string name) => Path.Combine(Data, "plans", "012131-sample-plan", name);

    public void Edit(string file, string from, string to)
    {
        var path = PlanFile(file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    public void Commit(string message, string date = "2026-01-02T00:00:00")
    {
        _date = date;
        Git("add", "-A");
        Git("commit", "-q", "-m", message, "--date", date);
    }

    private string _date = "2026-01-02T00:00:00";

    public void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["GIT_COMMITTER_DATE"] = _date;
        using var p = Process.Start(start)!;
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)}: {p.StandardError.ReadToEnd()}");
    }

    public void Dispose() => _temp.Dispose();
}
