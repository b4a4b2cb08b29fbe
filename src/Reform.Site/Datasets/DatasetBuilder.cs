using System.Text.Json.Nodes;
using Reform.Site.Infrastructure;
using Reform.Site.Loading;
using Reform.Site.Localization;
using Reform.Site.Model;
using Reform.Site.Output;

namespace Reform.Site.Datasets;

/// <summary>Makes the downloads: for every plan and for all plans together, the canonical
/// tables (loadable again), the reader's flat tables (ja, en), JSON, XLSX, ZIP, and
/// Frictionless metadata. Laid out so that <c>downloads/</c> is itself a valid data folder.</summary>
/// <remarks>For plans in <c>unchangedPlans</c>, the files made from the model (flat tables, JSON,
/// XLSX, ZIP) are kept from the previous build without being made again, as their pages are, so a
/// one-plan fix does not remake every city's downloads; only the all-plans files are remade.
/// With a <c>rowCache</c>, each plan's rows of those all-plans files are kept between builds too,
/// and with <c>sqliteParts</c> the pieces the SQLite database is put together from.</remarks>
/// <param name="progress">Told as each part is done (the --verbose log), so that where a rebuild's
/// downloads spend their time can be seen without a profiler.</param>
internal sealed class DatasetBuilder(DataSet data, string dataRoot, IReadOnlyDictionary<Language, ThemeStrings> strings,
    IReadOnlySet<string>? unchangedPlans = null, RowCache? rowCache = null, SqliteParts? sqliteParts = null, Action<string>? progress = null)
{
    private static readonly string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Plans are made in parallel (each plan's files depend only on that plan), then
    /// joined in plan order, so the output does not depend on scheduling.</summary>
    /// <returns>What the downloads pages list: every file, in a fixed order, with its size.</returns>
    public IReadOnlyList<DatasetFile> Build(StagedOutput output)
    {
        // Each plan's rows of the all-plans tables wait on disk, not in memory, until every plan is done.
        if (rowCache is not null) return Build(output, rowCache);
        var scratch = ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-rows-");
        try
        {
            return Build(output, RowCache.Scratch(scratch));
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }

    private IReadOnlyList<DatasetFile> Build(StagedOutput output, RowCache spools)
    {
        using var topicsCopy = new MemoryStream();
        CsvFile.CopyCanonical(Path.Combine(dataRoot, "themes.csv"), topicsCopy);
        var topicsFile = topicsCopy.ToArray();
        var languages = strings.OrderBy(x => x.Key == Language.En).ToList();
        var everything = new DownloadList(output);
        everything.Add(SitePaths.TopicsTable, topicsFile, "CSV", "text/csv", data.Topics.Count, null, LocalizedText.Of("分野の一覧", "Themes"), "themes");
        var topicsHead = CsvHead.Read(Path.Combine(dataRoot, "themes.csv"));
        everything.Resources.Add(DataPackage.CanonicalResource("themes", SitePaths.TopicsTable, "themes", data.Topics.Count, topicsHead));

        // Everything per plan, including its part of the all-plans tables and JSON, is made in
        // parallel: the all-plans files made as whole single jobs were the stage's critical path.
        var plans = new PlanDownloads[data.Plans.Count];
        Parallel.For(0, data.Plans.Count, i => plans[i] = ForPlan(data.Plans[i], topicsFile, topicsHead, languages, output, spools));

        var result = new DownloadList(output);
        result.Append(everything);
        foreach (var plan in plans) result.Append(plan.List);
        var kept = data.Plans.Count(p => unchangedPlans?.Contains(p.Key) == true);
        progress?.Invoke($"downloads: each plan's files ({data.Plans.Count - kept} plan(s) made, {kept} kept from the last build)");
        // The database is made at the same time as the rest (it is neither in the ZIP of
        // everything nor described by the data package), and listed where it always was, after
        // the plans' files: one after the other, they were most of a one-plan rebuild (docs/performance.md).
        var database = new DownloadList(output);
        var databaseMade = OwnThread.Run(() =>
        {
            database.Add(SitePaths.SqliteDatabase, s => SqliteDatabase.Write(data, s, sqliteParts), "SQLite", "application/vnd.sqlite3", null, null, LocalizedText.Of("全計画（SQLiteデータベース）", "All plans (SQLite database)"), "sqlite", zipped: false);
            progress?.Invoke("downloads: the SQLite database");
        });
        var databaseAt = result.Catalog.Count;
        try
        {
            // The all-plans files are begun before the topics' tables, which they do not need:
            // one after the other, the topics' tables and then the workbook were most of a
            // one-plan rebuild's downloads (docs/performance.md).
            var allPlans = BeginAllPlans(plans, languages, output);
            try
            {
                TopicTable.AddAll(result, data);
                progress?.Invoke("downloads: the topics' tables");
                AddAllPlans(result, plans, allPlans, output);
            }
            finally
            {
                // However the rest ends, nothing writes into the staging folder once this returns.
                try { Task.WaitAll(allPlans.Made.Values); }
                catch (AggregateException) { } // thrown where a file was waited for
            }
            progress?.Invoke("downloads: the data package's copies of the tables");
        }
        finally
        {
            // However the rest ends, nothing writes into the staging folder once this returns.
            try { databaseMade.Wait(); }
            catch (AggregateException) { } // thrown below, or the rest's failure is the one reported
        }
        databaseMade.GetAwaiter().GetResult();
        result.Catalog.InsertRange(databaseAt, database.Catalog);
        return result.Catalog;
    }

    /// <summary>The all-plans files being made: the flat tables per language, the JSON and the workbook.</summary>
    private sealed record AllPlansFiles(IReadOnlyList<AllFlatTable> Flat, IReadOnlyDictionary<string, Task<long>> Made);

    private sealed record AllFlatTable(Language Lang, string Path, IReadOnlyList<FlatColumn> Columns, IReadOnlyList<string> Header, IReadOnlyList<bool> Numeric, int Count);

    /// <summary>Starts making the all-plans files (flat tables per language, JSON, workbook), each
    /// as a task of its own, from each plan's part (<see cref="PlanDownloads.AllPlansRows"/>).</summary>
    private AllPlansFiles BeginAllPlans(PlanDownloads[] plans, IReadOnlyList<KeyValuePair<Language, ThemeStrings>> languages, StagedOutput output)
    {
        var allFlat = languages.Select((l, i) =>
        {
            var columns = new FlatTable(l.Value, data.Topics).Columns();
            return new AllFlatTable(l.Key, SitePaths.AllFlatTable(l.Key), columns, FlatTable.Headers(columns), FlatTable.Numeric(columns), plans.Sum(p => p.AllPlansRows[i].Count));
        }).ToList();
        // The all-plans files are made at the same time as each other and as the ZIP of
        // everything: the ZIP copies the plans' files first (most of its bytes) and waits for an
        // all-plans file only when it reaches it. One after the other, the workbook and the ZIP
        // were the longest part of a national build's downloads (docs/performance.md). The ZIP's
        // entries, and their order, are as they were.
        var made = new Dictionary<string, Task<long>>(StringComparer.Ordinal);
        // Each on a thread of its own, not the thread pool's: they run for seconds, and the workbook
        // waits for its sheets' threads; pool threads held that long can starve whatever else the
        // process serves from the pool (two browser tests' page loads timed out once under the full suite).
        Task<long> Make(string path, Action<Stream> write) => OwnThread.Run(() =>
        {
            var size = output.Add(SitePaths.Download(path), write);
            progress?.Invoke($"downloads: {path}");
            return size;
        });
        // Each plan's records as its spool kept them, written with these columns' code safety (RowCache).
        foreach (var (f, i) in allFlat.Select((f, i) => (f, i)))
            made[f.Path] = Make(f.Path, s => CsvFile.WriteJoined(s, f.Header, plans.Select(p => (Action<Stream>)p.AllPlansRows[i].CopyCsvRecordsTo)));
        made[SitePaths.AllJson] = Make(SitePaths.AllJson, s => PlanDocument.Combine(s, data.Plans.Select(p => (Func<Stream>)(() => output.OpenRead(SitePaths.Download(SitePaths.PlanJson(p.Key)))))));
        made[SitePaths.AllWorkbook] = Make(SitePaths.AllWorkbook, s => XlsxWorkbook.Write(s,
            allFlat.Select((f, i) => new XlsxSheet($"flat_{f.Lang}", f.Header, f.Numeric, plans.SelectMany(p => p.AllPlansRows[i].Read()), Columns: FlatTable.Xlsx(f.Columns))).ToList(),
            AllPlansProperties(), sheetsSideBySide: true));
        return new AllPlansFiles(allFlat, made);
    }

    /// <summary>Records the all-plans files (<see cref="BeginAllPlans"/>) after the plans' and the
    /// topics' files, and writes the data package descriptor and the ZIP of everything.</summary>
    private void AddAllPlans(DownloadList result, PlanDownloads[] plans, AllPlansFiles allPlans, StagedOutput output)
    {
        var (allFlat, made) = (allPlans.Flat, allPlans.Made);
        foreach (var f in allFlat) result.Resources.Add(Described(DataPackage.FlatResource($"all-flat-{f.Lang}", f.Path, f.Header, f.Numeric, f.Count), f.Columns));
        var package = DataPackage.Write("reform-site", LocalizedText.Of("行財政改革オープンデータ", "Administrative Reform Open Data"), "PDL-1.0", result.Resources);
        output.Add(new OutputFile(SitePaths.Download(SitePaths.DataPackage), package));
        var zipped = result.ZipEntries.Concat(allFlat.Select(f => f.Path)).Concat([SitePaths.AllJson, SitePaths.AllWorkbook, SitePaths.DataPackage]).ToList();
        var described = DescribedCsvs(result.Resources);
        var zipSize = WriteZipOfEverything(output, plans, zipped, described, made, package);
        progress?.Invoke("downloads: the ZIP of everything");
        WriteDataPackageCopies(described, output);
        foreach (var f in allFlat)
            result.Record(f.Path, made[f.Path].Result, "CSV", "text/csv", f.Count, null, LocalizedText.Of($"全計画の一覧表（{LanguageNames.Of(f.Lang).Ja}）", $"All plans, flat table ({LanguageNames.Of(f.Lang).En})"), "flat");
        result.Record(SitePaths.AllJson, made[SitePaths.AllJson].Result, "JSON", "application/json", null, null, LocalizedText.Of("全計画（JSON）", "All plans (JSON)"), "document");
        result.Record(SitePaths.AllWorkbook, made[SitePaths.AllWorkbook].Result, "XLSX", XlsxType, null, null, LocalizedText.Of("全計画（Excel）", "All plans (Excel)"), "workbook");
        result.Record(SitePaths.DataPackage, package.LongLength, "JSON", "application/json", null, null, LocalizedText.Of("データパッケージ記述（Frictionless）", "Data package descriptor (Frictionless)"), "datapackage");
        if (!result.ZipEntries.SequenceEqual(zipped)) throw new InvalidOperationException("the ZIP of everything does not hold what the catalog lists");
        result.Record(SitePaths.AllZip, zipSize, "ZIP", "application/zip", null, null, LocalizedText.Of("全データ一括（ZIP）", "Everything (ZIP)"), "archive", zipped: false);
    }

    /// <summary>Writes the ZIP of everything and returns its size: each plan's files are copied
    /// from that plan's ZIP as they are stored there, already compressed (<see cref="ZipWriter"/>);
    /// the all-plans files are compressed as soon as each is made (<paramref name="made"/>), side
    /// by side. The data package's copies, just before its descriptor, are the CSVs without their BOM.</summary>
    private static long WriteZipOfEverything(StagedOutput output, PlanDownloads[] plans, IReadOnlyList<string> zipped, IReadOnlyList<string> described,
        IReadOnlyDictionary<string, Task<long>> made, byte[] package)
    {
        var fromPlans = plans.SelectMany(p => p.List.ZipEntries.Concat(DescribedCsvs(p.List.Resources).Select(SitePaths.DataPackageCopy)).Select(name => (name, p.Key)))
            .ToDictionary(x => x.name, x => x.Key, StringComparer.Ordinal);
        var names = zipped.Take(zipped.Count - 1).Select(path => (Name: path, Source: path, WithoutBom: false))
            .Concat(described.Select(path => (Name: SitePaths.DataPackageCopy(path), Source: path, WithoutBom: true)))
            .ToList();
        var scratch = ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-zip-");
        Directory.CreateDirectory(scratch);
        Dictionary<string, Task<ZipEntryData>>? compressing = null;
        try
        {
            void Content(string source, bool withoutBom, Stream into)
            {
                if (made.TryGetValue(source, out var file)) file.Wait();
                using var staged = output.OpenRead(SitePaths.Download(source));
                if (withoutBom) CsvFile.CopyWithoutBom(staged, into);
                else staged.CopyTo(into);
            }
            var number = 0;
            ZipEntryData Deflated(string name, Action<Stream> write) =>
                ZipWriter.Deflate(name, write, Path.Combine(scratch, Interlocked.Increment(ref number).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            // Each on a thread of its own: most wait for their file to be made (OwnThread).
            compressing = names.Where(n => !fromPlans.ContainsKey(n.Name))
                .Select(n => (n.Name, Task: OwnThread.Run(() => Deflated(n.Name, into => Content(n.Source, n.WithoutBom, into)))))
                .Append((Name: SitePaths.DataPackage, Task: OwnThread.Run(() => Deflated(SitePaths.DataPackage, into => into.Write(package)))))
                .ToDictionary(x => x.Name, x => x.Task, StringComparer.Ordinal);
            var planZips = new Dictionary<string, IReadOnlyDictionary<string, ZipEntryData>?>(StringComparer.Ordinal);
            ZipEntryData Entry(string name, string source, bool withoutBom)
            {
                if (compressing.TryGetValue(name, out var task)) return task.Result;
                var key = fromPlans[name];
                if (!planZips.TryGetValue(key, out var entries))
                    planZips[key] = entries = ZipIndex.Read(output.PathOf(SitePaths.Download(SitePaths.PlanZip(key))));
                // Copied only when it holds what the file holds now; otherwise compressed here.
                if (entries?.GetValueOrDefault(name) is { } stored && ZipWriter.Measure(into => Content(source, withoutBom, into)) == (stored.Crc32, stored.Length))
                    return stored;
                return Deflated(name, into => Content(source, withoutBom, into));
            }
            return output.Add(SitePaths.Download(SitePaths.AllZip), s =>
            {
                var zip = new ZipWriter(s);
                foreach (var (name, source, withoutBom) in names) zip.Add(Entry(name, source, withoutBom));
                zip.Add(compressing[SitePaths.DataPackage].Result);
                zip.Finish();
            });
        }
        finally
        {
            // However the ZIP ends, nothing writes into the scratch folder once this returns.
            try { if (compressing is not null) Task.WaitAll(compressing.Values); }
            catch (AggregateException) { } // the ZIP, which waits for each entry, has thrown it
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The CSVs that data package resources describe, by path inside <see cref="SitePaths.DownloadFiles"/>.</summary>
    private static List<string> DescribedCsvs(IEnumerable<JsonObject> resources) =>
        resources.Select(r => ((string)r["path"]!)[SitePaths.DataPackageCopies.Length..]).ToList();

    /// <summary>The data package's copies of the CSVs beside downloads/datapackage.json, made from
    /// the staged CSVs (each plan's may have been kept from the previous build).</summary>
    private static void WriteDataPackageCopies(IReadOnlyList<string> described, StagedOutput output) =>
        Parallel.ForEach(described, path => output.Add(SitePaths.Download(SitePaths.DataPackageCopy(path)), copy =>
        {
            using var staged = output.OpenRead(SitePaths.Download(path));
            CsvFile.CopyWithoutBom(staged, copy);
        }));

    /// <summary>A plan's downloads, and its rows of the all-plans table per language.</summary>
    private sealed record PlanDownloads(string Key, DownloadList List, RowSpool[] AllPlansRows);

    /// <summary>One plan's downloads: its canonical tables, flat tables, JSON, XLSX, and a ZIP
    /// of them with its own datapackage.json (the plan's ZIP is not part of the ZIP of everything).</summary>
    private PlanDownloads ForPlan(Plan plan, byte[] topicsFile, CsvHead topicsHead, IReadOnlyList<KeyValuePair<Language, ThemeStrings>> languages, StagedOutput output, RowCache spools)
    {
        var list = new DownloadList(output);
        // The plan's ZIP reads its files back from the staged output: no download of a plan is
        // held as an array (a national build would churn the large-object heap with them).
        var inZip = new List<(string, Action<Stream>)> { (SitePaths.TopicsTable, s => s.Write(topicsFile)) };
        var planResources = new List<JsonObject> { DataPackage.CanonicalResource("themes", SitePaths.TopicsTable, "themes", data.Topics.Count, topicsHead) };
        void Add(string path, Action<Stream> write, string format, string mediaType, int? rows, LocalizedText title, string table)
        {
            list.Add(path, write, format, mediaType, rows, plan.Key, title, table);
            inZip.Add((path, zip =>
            {
                using var file = output.OpenRead(SitePaths.Download(path));
                file.CopyTo(zip);
            }
            ));
        }
        var title = LinkedData.Title(plan); // the city named once, even when the plan's title holds it
        // data/ is read again on purpose: the canonical downloads are the source files themselves (byte for byte but for a BOM and CRLF record ends), which the model, typed and without the raw rows, cannot give back.
        var folder = Path.Combine(dataRoot, "plans", plan.Key);
        Add(SitePaths.PlanDataFile(plan.Key, "plan.json"), s => { using var file = File.OpenRead(Path.Combine(folder, "plan.json")); file.CopyTo(s); }, "JSON", "application/json", null, Label(title, "plan.json"), "plan");
        foreach (var table in TableSchemaCatalog.PlanTables)
        {
            var source = Path.Combine(folder, table + ".csv");
            if (!File.Exists(source)) continue;
            var path = SitePaths.PlanDataFile(plan.Key, table + ".csv");
            var rows = RowCount(plan, table);
            Add(path, s => CsvFile.CopyCanonical(source, s), "CSV", "text/csv", rows, Label(title, table + ".csv"), table);
            var resource = DataPackage.CanonicalResource($"{plan.Key}-{table}", path, table, rows, CsvHead.Read(source));
            planResources.Add(resource);
            list.Resources.Add(resource.DeepClone().AsObject());
        }
        var allPlansRows = languages.Select(l =>
        {
            var table = new FlatTable(l.Value, data.Topics);
            return spools.GetOrAdd(plan.Key, l.Key, () => table.AllPlansRows(plan), FlatTable.CodeSafe(table.Columns()));
        }).ToArray();
        var flatPaths = languages.Select(l => SitePaths.PlanFlatTable(plan.Key, l.Key)).ToList();
        if (unchangedPlans?.Contains(plan.Key) == true && KeepUnchanged(plan, title, languages, flatPaths, allPlansRows, list, output))
            return new PlanDownloads(plan.Key, list, allPlansRows);
        var sheets = new List<XlsxSheet>();
        for (var i = 0; i < languages.Count; i++)
        {
            var (lang, s) = languages[i];
            var (columns, rows) = new FlatTable(s, data.Topics).ForPlan(plan);
            var (header, numeric) = (FlatTable.Headers(columns), FlatTable.Numeric(columns));
            Add(flatPaths[i], s => CsvFile.Write(s, header, rows, FlatTable.CodeSafe(columns)), "CSV", "text/csv", rows.Count, Label(title, FlatLabel(lang)), "flat");
            var resource = Described(DataPackage.FlatResource($"{plan.Key}-flat-{lang}", flatPaths[i], header, numeric, rows.Count), columns);
            planResources.Add(resource);
            list.Resources.Add(resource.DeepClone().AsObject());
            sheets.Add(new XlsxSheet($"flat_{lang}", header, numeric, rows, Columns: FlatTable.Xlsx(columns)));
        }
        Add(SitePaths.PlanJson(plan.Key), s => PlanDocument.Write(s, plan), "JSON", "application/json", null, Label(title, "JSON"), "document");
        Add(SitePaths.PlanWorkbook(plan.Key), s => XlsxWorkbook.Write(s, [.. sheets, .. CanonicalSheets(plan)], PlanProperties(plan)), "XLSX", XlsxType, null, Label(title, "XLSX"), "workbook");
        var package = DataPackage.Write($"reform-site-{plan.Key}", title, plan.Metadata.License, planResources);
        foreach (var path in DescribedCsvs(planResources))
            inZip.Add((SitePaths.DataPackageCopy(path), zip =>
            {
                using var staged = path == SitePaths.TopicsTable ? new MemoryStream(topicsFile) : output.OpenRead(SitePaths.Download(path));
                CsvFile.CopyWithoutBom(staged, zip);
            }
            ));
        inZip.Add((SitePaths.DataPackage, s => s.Write(package)));
        list.Add(SitePaths.PlanZip(plan.Key), s => DeterministicZip.Write(s, inZip), "ZIP", "application/zip", null, plan.Key, Label(title, "ZIP"), "archive", zipped: false);
        return new PlanDownloads(plan.Key, list, allPlansRows);
    }

    /// <summary>Lists an unchanged plan's files made from the model (flat tables, JSON, XLSX,
    /// ZIP) as kept from the previous build: its folder and everything shared are as they were,
    /// so are these bytes. False, and nothing kept, when any of them is not there.</summary>
    private static bool KeepUnchanged(Plan plan, LocalizedText title, IReadOnlyList<KeyValuePair<Language, ThemeStrings>> languages, IReadOnlyList<string> flatPaths,
        RowSpool[] allPlansRows, DownloadList list, StagedOutput output)
    {
        string[] paths = [.. flatPaths, SitePaths.PlanJson(plan.Key), SitePaths.PlanWorkbook(plan.Key), SitePaths.PlanZip(plan.Key)];
        var sizes = paths.Select(p => output.PreviousSize(SitePaths.Download(p))).ToArray();
        if (sizes.Any(size => size is null)) return false;
        foreach (var path in paths) output.Keep(SitePaths.Download(path));
        for (var i = 0; i < languages.Count; i++)
        {
            // The plan's flat table has a row per node and year, as its part of the all-plans table does.
            var columns = new FlatTable(languages[i].Value).Columns(plan);
            list.Record(flatPaths[i], sizes[i]!.Value, "CSV", "text/csv", allPlansRows[i].Count, plan.Key, Label(title, FlatLabel(languages[i].Key)), "flat");
            list.Resources.Add(Described(DataPackage.FlatResource($"{plan.Key}-flat-{languages[i].Key}", flatPaths[i], FlatTable.Headers(columns), FlatTable.Numeric(columns), allPlansRows[i].Count), columns));
        }
        list.Record(SitePaths.PlanJson(plan.Key), sizes[^3]!.Value, "JSON", "application/json", null, plan.Key, Label(title, "JSON"), "document");
        list.Record(SitePaths.PlanWorkbook(plan.Key), sizes[^2]!.Value, "XLSX", XlsxType, null, plan.Key, Label(title, "XLSX"), "workbook");
        list.Record(SitePaths.PlanZip(plan.Key), sizes[^1]!.Value, "ZIP", "application/zip", null, plan.Key, Label(title, "ZIP"), "archive", zipped: false);
        return true;
    }

    /// <summary>Each canonical table as a sheet: numbers as numbers, codes and IDs as text.
    /// Parsed again from the file (only for plans that changed): a sheet holds the table as written
    /// (its columns in its order, each cell's text), which the model does not keep.</summary>
    private IEnumerable<XlsxSheet> CanonicalSheets(Plan plan)
    {
        var folder = Path.Combine(dataRoot, "plans", plan.Key);
        foreach (var table in TableSchemaCatalog.PlanTables)
        {
            var source = Path.Combine(folder, table + ".csv");
            if (!File.Exists(source)) continue;
            var schema = TableSchemaCatalog.Get(table);
            var parsed = CsvTableReader.Parse(File.ReadAllText(source), new Diagnostics.SourceLocation(table), schema, new Diagnostics.DiagnosticBag());
            var columns = parsed.Columns;
            yield return new XlsxSheet(table, columns,
                columns.Select(c => schema.Field(c)?.Type is FieldType.Integer or FieldType.Number).ToList(),
                parsed.Rows.Select(r => (IReadOnlyList<string>)columns.Select(c => r.Text(c) ?? "").ToList()).ToList());
        }
    }

    /// <summary>A flat table's resource with each field's description, from the column list
    /// <see cref="FlatTable"/> owns (so the descriptor says how to sum the table, as the table does).</summary>
    private static JsonObject Described(JsonObject resource, IReadOnlyList<FlatColumn> columns)
    {
        if (resource["schema"]?["fields"] is JsonArray fields)
            for (var i = 0; i < fields.Count && i < columns.Count; i++)
                if (fields[i] is JsonObject field) field["description"] = columns[i].Description;
        return resource;
    }

    /// <summary>A plan's workbook's properties: its report's title, the city as creator, its
    /// publisher (the department or council that published the report), Japanese.</summary>
    private static XlsxProperties PlanProperties(Plan plan) => new(
        $"{plan.Municipality.Name.Ja} {plan.Metadata.ReportTitle.Ja}", plan.Municipality.Name.Ja, "ja",
        plan.Metadata.Title.En is { } en ? $"{plan.Municipality.Name.En} {en}" : null, plan.Metadata.Publisher.Ja);

    /// <summary>The all-plans workbook's properties: the cities whose data it holds are its creators.</summary>
    private XlsxProperties AllPlansProperties() => new(
        "行財政改革オープンデータ", string.Join("; ", data.Plans.Select(p => p.Municipality.Name.Ja).Distinct(StringComparer.Ordinal)), "ja",
        "Administrative Reform Open Data", string.Join("; ", data.Plans.Select(p => p.Metadata.Publisher.Ja).Distinct(StringComparer.Ordinal)));

    private static int RowCount(Plan plan, string table) => table switch
    {
        "nodes" => plan.Nodes.Count,
        "departments" => plan.Departments.Count,
        "node_departments" => plan.NodeDepartments.Count,
        "ratings" => plan.Ratings.Count,
        "tallies" => plan.Tallies.Count,
        "tag_ratings" => plan.TagRatings.Count,
        "effects" => plan.Effects.Count,
        "kpis" => plan.Kpis.Count,
        "kpi_values" => plan.KpiValues.Count,
        "schedule" => plan.Schedule.Count,
        "texts" => plan.Texts.Count,
        _ => 0,
    };

    private static LocalizedText Label(LocalizedText plan, string what) => Label(plan, LocalizedText.Of(what, what));

    private static LocalizedText Label(LocalizedText plan, LocalizedText what) => new($"{plan.Ja}（{what.Ja}）", $"{plan.En} ({what.En})");

    private static LocalizedText FlatLabel(Language lang) => LocalizedText.Of($"一覧表・{LanguageNames.Of(lang).Ja}", $"flat table, {LanguageNames.Of(lang).En}");
}
