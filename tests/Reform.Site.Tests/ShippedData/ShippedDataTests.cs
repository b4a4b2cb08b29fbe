using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Reform.Site.Cli.Commands;
using Reform.Site.Diagnostics;
using Reform.Site.Model;
using Reform.Site.Pipeline;
using Reform.Site.Tests.Support;

namespace Reform.Site.Tests.ShippedData;

/// <summary>The live data/ and content/ at the top of the repository are a city's site, which
/// its staff edit: these tests check only what must hold for any valid data
/// (<see cref="DataInvariants"/>), so that adding a year's results, a plan-wide effect, a plan,
/// or leaving a text untranslated (a warning) never turns the tool's tests red. The values the
/// five reports print are pinned on the frozen copy instead (Loading/ShippedFixtureFactsTests).</summary>
public sealed class ShippedDataTests
{
    [Fact]
    public void The_shipped_data_holds_every_invariant_and_builds()
    {
        var (data, _) = DataInvariants.Check(RepoPaths.Data, RepoPaths.Content);
        // Its settings are read like any init'd repository's.
        Assert.NotNull(Reform.Site.Content.SiteConfigReader.Read(Reform.Site.Content.SiteConfig.PathFor(RepoPaths.Data), new DiagnosticBag()));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, Reform.Site.Content.SiteConfig.FileName)));
        Assert.NotEmpty(data.Plans);
    }

    /// <summary>The edits of issue 24 that turned the pull request red, applied to a copy of the
    /// live data: an actual effect next to a year's planned one, a plan-wide effect for another
    /// year, a text left without English, and a new plan. The copy still holds every invariant.</summary>
    [Fact]
    public void Valid_edits_of_the_shipped_data_keep_every_invariant()
    {
        using var temp = new TempDir();
        var copy = temp.Combine("data");
        TempDir.CopyTree(RepoPaths.Data, copy);
        var (before, _) = DataLoader.Load(copy);

        var actual = AddActualNextToPlanned(copy, before);
        var planWide = AddPlanWideEffectForAnotherYear(copy, before);
        var untranslated = DropOneEnglishText(copy, before);
        var added = AddPlan(copy, before);

        var (after, diagnostics) = DataInvariants.Check(copy, RepoPaths.Content);

        Assert.Equal(before.Plans.Count + 1, after.Plans.Count);
        Assert.Contains(after.Plans, p => p.Key == added);
        Assert.Contains(after.Plans.Single(p => p.Key == actual.Plan).Effects,
            e => e.NodeId == actual.Node && e.Kind == EffectKind.Actual && e.FiscalYearFrom == actual.Year && e.IsSingleYear);
        Assert.Contains(after.Plans.Single(p => p.Key == planWide.Plan).Effects,
            e => e.NodeId is null && e.FiscalYearFrom == planWide.Year && e.IsSingleYear);
        Assert.Contains(diagnostics, d => d.Code == Codes.MissingTranslation && d.Location.File.EndsWith(untranslated + "/texts.csv", StringComparison.Ordinal));
    }

    /// <summary>A new plan: init's example, under a plan ID that the data does not have yet (the
    /// live data may hold the example already).</summary>
    private static string AddPlan(string dataDir, DataSet data)
    {
        var code = InitCommand.ExamplePlan[..6];
        var id = Enumerable.Range(1, 100).Select(n => $"added-{n}").First(i => data.Plans.All(p => p.Key != $"{code}-{i}"));
        foreach (var (path, text) in InitCommand.Files().Where(f => f.Path.StartsWith($"data/plans/{InitCommand.ExamplePlan}/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(dataDir, "plans", $"{code}-{id}", Path.GetFileName(path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, Path.GetFileName(path) == "plan.json" ? text.Replace("\"id\": \"example\"", $"\"id\": \"{id}\"", StringComparison.Ordinal) : text);
        }
        return $"{code}-{id}";
    }

    /// <summary>A year's results next to its plan (大崎市 publishing FY2022 after FY2021): the first
    /// single-year planned amount of a node that has no actual amount for that year gets one.</summary>
    private static (string Plan, string Node, int Year) AddActualNextToPlanned(string dataDir, DataSet data)
    {
        foreach (var plan in data.Plans)
        {
            var planned = plan.Effects.FirstOrDefault(e => e.NodeId is not null && e.Kind == EffectKind.Planned && e.IsSingleYear && e.Amount is not null
                && !plan.Effects.Any(a => a.NodeId == e.NodeId && a.Kind == EffectKind.Actual && a.IsSingleYear && a.FiscalYearFrom == e.FiscalYearFrom));
            if (planned is null) continue;
            AppendRow(dataDir, plan.Key, "effects", new()
            {
                ["node_id"] = planned.NodeId!,
                ["fy_from"] = Year(planned.FiscalYearFrom),
                ["fy_to"] = Year(planned.FiscalYearFrom),
                ["kind"] = "actual",
                ["amount"] = planned.Amount!.Amount.ToString(CultureInfo.InvariantCulture),
                ["unit"] = planned.Amount.Unit,
            });
            return (plan.Key, planned.NodeId!, planned.FiscalYearFrom);
        }
        throw new InvalidOperationException("no plan has a single-year planned effect without its actual one");
    }

    /// <summary>伊勢原市's guide example: a plan-wide effect for a year that has none yet.</summary>
    private static (string Plan, int Year) AddPlanWideEffectForAnotherYear(string dataDir, DataSet data)
    {
        var plan = data.Plans.FirstOrDefault(p => p.Effects.Any(e => e.NodeId is null)) ?? data.Plans[0];
        var taken = plan.Effects.Where(e => e.NodeId is null).SelectMany(e => Enumerable.Range(e.FiscalYearFrom, e.FiscalYearTo - e.FiscalYearFrom + 1)).ToHashSet();
        var period = plan.Metadata.Period;
        var year = Enumerable.Range(period.From, (period.To ?? plan.Metadata.ReportedFiscalYear + 1) - period.From + 1).Reverse().First(y => !taken.Contains(y));
        AppendRow(dataDir, plan.Key, "effects", new()
        {
            ["fy_from"] = Year(year),
            ["fy_to"] = Year(year),
            ["kind"] = "planned",
            ["amount"] = "1000",
            ["unit"] = "千円",
        });
        return (plan.Key, year);
    }

    /// <summary>A text left untranslated, which the guide calls a warning.</summary>
    private static string DropOneEnglishText(string dataDir, DataSet data)
    {
        var plan = data.Plans.First(p => p.Texts.Any(t => !string.IsNullOrEmpty(t.Text.En)));
        var path = Path.Combine(dataDir, "plans", plan.Key, "texts.csv");
        var rows = ReadCsv(path);
        var header = rows[0];
        var en = Array.IndexOf(header, "text_en");
        var row = rows.Skip(1).First(r => r[en].Length > 0);
        row[en] = "";
        WriteCsv(path, rows);
        return plan.Key;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static void AppendRow(string dataDir, string plan, string table, Dictionary<string, string> cells)
    {
        var path = Path.Combine(dataDir, "plans", plan, table + ".csv");
        var rows = ReadCsv(path);
        rows.Add([.. rows[0].Select(column => cells.GetValueOrDefault(column, ""))]);
        WriteCsv(path, rows);
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Record!);
        return rows;
    }

    private static void WriteCsv(string path, List<string[]> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var row in rows)
        {
            foreach (var cell in row) csv.WriteField(cell);
            csv.NextRecord();
        }
    }
}
