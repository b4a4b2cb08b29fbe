using Reform.Site.Search;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.Search;

/// <summary>The Pagefind service the build feeds: kept on one processor when it is given one
/// (docs/performance.md: a quarter of an unpinned service's time went to the kernel), and
/// indexing as it does unpinned.</summary>
public sealed class PagefindServiceTests
{
    [Fact]
    public void Services_take_the_allowed_processors_in_turn()
    {
        var allowed = AllowedProcessors();
        if (allowed.Count < 2)
        {
            Assert.Null(PagefindService.ProcessorFor(0)); // one processor: nothing to choose
            return;
        }
        var first = Enumerable.Range(0, allowed.Count).Select(n => PagefindService.ProcessorFor(n)!.Value).ToList();
        Assert.Equal(allowed, first);
        Assert.Equal(first[0], PagefindService.ProcessorFor(allowed.Count));
        Assert.Equal(allowed[^1], PagefindService.ProcessorFor(-1));
    }

    [Fact]
    public void A_pinned_service_runs_on_its_processor_only_and_writes_its_index()
    {
        var binary = Binary();
        var cpu = PagefindService.ProcessorFor(1);
        using var temp = new TempDir();
        using (var service = PagefindService.Start(binary, cpu: cpu))
        {
            if (cpu is { } one && PagefindService.Pinning is not null)
                Assert.Equal(one.ToString(System.Globalization.CultureInfo.InvariantCulture), CpusAllowed(service.ProcessId));
            service.AddPage("/en/a/", "<!DOCTYPE html><html lang=\"en\"><body><main data-pagefind-body><h1>Sewerage fees</h1><p>Revised in 2024.</p></main></body></html>");
            Assert.Null(service.WriteFiles(temp.Combine("index")));
        }
        Assert.True(File.Exists(temp.Combine("index", "pagefind-entry.json")));
        Assert.Single(Directory.GetFiles(temp.Combine("index", "fragment")));
    }

    [Fact]
    public void A_service_given_a_processor_it_cannot_have_runs_unpinned()
    {
        var binary = Binary();
        using var temp = new TempDir();
        using (var service = PagefindService.Start(binary, cpu: 1000)) // no such processor
        {
            if (OperatingSystem.IsLinux())
                Assert.Equal(CpusAllowed(Environment.ProcessId), CpusAllowed(service.ProcessId));
            service.AddPage("/ja/a/", "<!DOCTYPE html><html lang=\"ja\"><body><main data-pagefind-body><h1>下水道使用料</h1></main></body></html>");
            Assert.Null(service.WriteFiles(temp.Combine("index")));
        }
        Assert.True(File.Exists(temp.Combine("index", "pagefind-entry.json")));
    }

    /// <summary>Pagefind's binary as the build finds it, installed from npm first.</summary>
    private static string Binary()
    {
        _ = NodeModules.Root;
        return PagefindLocator.Find() ?? throw new InvalidOperationException("pagefind is not installed");
    }

    /// <summary>This process's processors, as the kernel lists them ("0-1", "0,2-3").</summary>
    private static List<int> AllowedProcessors() => !OperatingSystem.IsLinux() ? [] :
        CpusAllowed(Environment.ProcessId).Split(',').SelectMany(range =>
        {
            var ends = range.Split('-').Select(int.Parse).ToArray();
            return Enumerable.Range(ends[0], ends[^1] - ends[0] + 1);
        }).ToList();

    /// <summary>The processors the kernel lets a process run on, as /proc prints them ("1", "0-1").</summary>
    private static string CpusAllowed(int pid) =>
        File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("Cpus_allowed_list:", StringComparison.Ordinal))["Cpus_allowed_list:".Length..].Trim();
}
