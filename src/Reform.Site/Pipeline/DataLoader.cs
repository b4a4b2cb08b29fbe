using Reform.Site.Changes;
using Reform.Site.Diagnostics;
using Reform.Site.Loading;
using Reform.Site.Model;
using Reform.Site.Validation;

namespace Reform.Site.Pipeline;

/// <summary>The first stages of every command: load → check → model → validate. Returns the
/// model and everything that is wrong with the input.</summary>
/// <remarks>Each plan is read, modelled and validated on its own, on every core, and its raw
/// tables are dropped as soon as its model is made: reading every plan's tables first held a
/// national data set twice (raw and typed) and was the peak of the memory profile.</remarks>
internal static class DataLoader
{
    /// <param name="validate">False to skip the rules over the model (only reading and type checks
    /// are reported): for earlier versions of the data that are only compared, as the change
    /// history does, where nothing reads the rules' findings and the rules were a large share of
    /// the time (docs/performance.md).</param>
    /// <param name="rules">Where the rules' findings of unchanged plans are kept between builds; null runs every rule.</param>
    /// <param name="texts">Where the plans' long texts wait until read (a site build); null holds them in the model.</param>
    public static (DataSet DataSet, IReadOnlyList<Diagnostic> Diagnostics) Load(string dataRoot, bool validate = true, ValidationCache? rules = null, TextStore? texts = null)
    {
        var (topics, plans, _, diagnostics) = Read(dataRoot, validate, keep: true, rules, texts);
        return (new DataSet(topics, plans), diagnostics);
    }

    /// <summary>The loader as the change history and <c>diff</c> take it, to read other versions of the data.</summary>
    public static readonly DataReader Reader = (folder, validate) => Load(folder, validate);

    /// <summary>Everything <see cref="Load"/> reports, without keeping the model: each plan is
    /// dropped once validated, so checking a national data set needs the memory of a few plans,
    /// not of all of them (what <c>validate</c> and the workbook import need).</summary>
    public static (int PlanCount, IReadOnlyList<Diagnostic> Diagnostics) Check(string dataRoot)
    {
        var (_, _, count, diagnostics) = Read(dataRoot, validate: true, keep: false);
        return (count, diagnostics);
    }

    /// <returns>The plans only with <paramref name="keep"/>; the count of plan folders either way.</returns>
    private static (IReadOnlyList<Topic> Topics, IReadOnlyList<Plan> Plans, int PlanCount, IReadOnlyList<Diagnostic> Diagnostics) Read(string dataRoot, bool validate, bool keep, ValidationCache? rules = null, TextStore? texts = null)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(dataRoot))
        {
            diagnostics.Add(Codes.NoPlanFolders, new SourceLocation("plans"), value: Path.GetFullPath(dataRoot));
            return ([], [], 0, diagnostics.Items);
        }
        var topics = PlanBuilder.BuildTopics(DataFolderReader.ReadTopics(dataRoot, diagnostics));
        if (validate) PlanValidator.ValidateTopics(topics, diagnostics);
        var topicIds = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var folders = DataFolderReader.PlanFolders(dataRoot, diagnostics);
        var plans = new Plan?[folders.Count];
        // Every plan folder counts as checked, also one whose plan.json could not be read: the
        // summary "N plan(s) checked" must not lose a plan because it has an error.
        var count = folders.Count;
        Parallel.For(0, folders.Count, i =>
        {
            var raw = PlanFolderReader.Read(dataRoot, folders[i], diagnostics);
            var plan = PlanBuilder.Build(raw);
            // The rules read the texts while they are still in memory: kept first, each rule that
            // reads a text would read it back from the store (the schedule's rule, every cell's task).
            if (validate && plan is not null) Validate(plan, raw, topicIds, diagnostics, rules);
            if (keep && texts is not null && plan is not null) plan = texts.Keep(plan);
            if (keep) plans[i] = plan;
        });
        return (topics, plans.OfType<Plan>().ToList(), count, diagnostics.Items);
    }

    /// <summary>Runs the rules over a plan, or takes what they found last time the plan and
    /// everything shared were as they are now.</summary>
    private static void Validate(Plan plan, RawPlan raw, IReadOnlySet<string> topicIds, DiagnosticBag diagnostics, ValidationCache? rules)
    {
        if (rules?.KeyOf(raw.Key) is not { } key)
        {
            PlanValidator.Validate(plan, raw, topicIds, diagnostics);
            return;
        }
        if (rules.Get(key) is { } known)
        {
            diagnostics.AddRange(known);
            return;
        }
        var found = new DiagnosticBag();
        PlanValidator.Validate(plan, raw, topicIds, diagnostics, found);
        diagnostics.AddRange(found.Items);
        rules.Put(key, found.Items);
    }
}
