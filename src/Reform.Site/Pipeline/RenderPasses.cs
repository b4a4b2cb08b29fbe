using System.Collections.Concurrent;
using System.Text;
using Reform.Site.Diagnostics;
using Reform.Site.Output;
using Reform.Site.Rendering;
using Reform.Site.Search;

namespace Reform.Site.Pipeline;

/// <summary>The render stage's concurrency: the two passes over the page plan on every core, and
/// waiting for the work made alongside them.</summary>
internal static class RenderPasses
{
    /// <summary>Renders pages on every core; each worker writes its own pages to the staging
    /// folder, so writing overlaps rendering and no page is held once written. Workers take the
    /// next page from the lazy plan one at a time (it is listed under a lock, a cost that is small
    /// next to rendering the page), which keeps both cores busy to the last page. Each page's
    /// bytes depend only on its spec, so the output is byte-identical whatever the scheduling. A
    /// template error stops the build; the errors found by then are returned, with the number of
    /// pages rendered or kept. Each page also goes to the search index, when there is one, with
    /// its place in the plan (<see cref="SearchFeed"/> sends them in that order).</summary>
    /// <param name="ready">Waits for what the last pages show (the downloads, the change history).
    /// Those pages are rendered in a second pass, after it: a worker that took one while it was
    /// still being made would block a pool thread, the pool would add threads, and each new one
    /// took the next such page and blocked too, starving the very tasks they waited for (a
    /// one-row rebuild took many times as long; docs/performance.md).</param>
    public static (IReadOnlyList<Diagnostic> Failures, int Pages) Render(IEnumerable<PageSpec> pages, PageRenderer renderer, StagedOutput output, IReadOnlySet<string> unchangedPlans, Action ready, SearchFeed? search = null)
    {
        var failures = new ConcurrentBag<Diagnostic>();
        var count = 0;
        RenderPass(pages.Where(p => !p.RenderLast));
        if (failures.IsEmpty)
        {
            ready();
            search?.NextPass();
            RenderPass(pages.Where(p => p.RenderLast));
        }
        return (failures.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Argument("value"), StringComparer.Ordinal).ToList(), count);

        void RenderPass(IEnumerable<PageSpec> pass)
        {
            var oneAtATime = Partitioner.Create(pass, EnumerablePartitionerOptions.NoBuffering);
            var cores = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.ForEach(oneAtATime, cores, (page, loop, place) =>
            {
                Interlocked.Increment(ref count);
                if (page.PlanKey is { } key && unchangedPlans.Contains(key) && output.Keep(page.OutputFile))
                {
                    search?.Page(place, page, html: null);
                    return;
                }
                try
                {
                    var html = renderer.Render(page);
                    output.Add(new OutputFile(page.OutputFile, Encoding.UTF8.GetBytes(html)));
                    search?.Page(place, page, html);
                }
                catch (Scriban.Syntax.ScriptRuntimeException e) when (e.InnerException is not OutOfMemoryException)
                {
                    // (Scriban wraps whatever a page's rendering throws; running out of memory is not the template's fault.)
                    var bag = new DiagnosticBag();
                    bag.Add(Codes.TemplateRenderError, new SourceLocation($"theme/{e.Span.FileName}", e.Span.Start.Line + 1), value: $"{page.Path}: {e.OriginalMessage}");
                    foreach (var d in bag.Items) failures.Add(d);
                    loop.Stop();
                }
            });
        }
    }

    /// <summary>Waits until the tasks have ended, whether or not they succeeded: a failure is
    /// reported where its result is used.</summary>
    public static void Settle(params Task[] tasks)
    {
        try { Task.WaitAll(tasks); }
        catch (AggregateException) { }
    }

    /// <summary>Runs the rendering; however it ends, the downloads (which write into the same
    /// staging folder) have finished before the caller may delete that folder.</summary>
    public static T RenderWhile<T>(Task downloads, Func<T> render)
    {
        try
        {
            return render();
        }
        finally
        {
            Settle(downloads);
        }
    }
}
