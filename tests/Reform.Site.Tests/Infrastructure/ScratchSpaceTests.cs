using System.Diagnostics;
using Reform.Site.Infrastructure;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Infrastructure;

/// <summary>Scratch left behind by a killed build is deleted by the next one; a running build's never.</summary>
public sealed class ScratchSpaceTests
{
    /// <summary>The id of a process that has ended (as a killed build's has).</summary>
    internal static int EndedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void Entries_of_ended_processes_are_deleted_and_those_of_running_ones_kept()
    {
        using var temp = new TempDir();
        var ended = EndedProcessId();
        Directory.CreateDirectory(temp.Combine($"reform-site-rows-{ended}-abc", "plan"));
        File.WriteAllText(temp.Combine($"reform-site-texts-{ended}-abc.bin"), "texts");
        Directory.CreateDirectory(temp.Combine($"reform-site-rows-{Environment.ProcessId}-abc"));
        Directory.CreateDirectory(temp.Combine("reform-site-rows-notes"));
        Directory.CreateDirectory(temp.Combine("other-1"));

        Assert.Equal(1, ScratchSpace.Sweep(temp.Path, "reform-site-rows-"));
        var path = ScratchSpace.NewPath(temp.Path, "reform-site-texts-", ".bin");

        Assert.StartsWith(temp.Combine($"reform-site-texts-{Environment.ProcessId}-"), path);
        Assert.EndsWith(".bin", path);
        Assert.False(File.Exists(path));
        Assert.Equal([$"other-1", $"reform-site-rows-{Environment.ProcessId}-abc", "reform-site-rows-notes"],
            Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
