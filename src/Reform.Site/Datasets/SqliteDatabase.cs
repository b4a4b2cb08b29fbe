using System.Globalization;
using Microsoft.Data.Sqlite;
using Reform.Site.Diagnostics;
using Reform.Site.Infrastructure;
using Reform.Site.Model;

namespace Reform.Site.Datasets;

/// <summary>All plans as one SQLite database (<see cref="SitePaths.SqliteDatabase"/>), for
/// Datasette, DuckDB or any SQL client: every table of the model with typed columns, primary and
/// foreign keys, indexes for the joins, three views for the common questions, full-text search
/// over the texts, and an <c>_about</c> table that describes each table and view in Japanese and
/// English.</summary>
/// <remarks>Byte-stable for the same input and the same SQLite library: a fixed page size, no
/// journal, rows inserted in model order by the same statements whether its pieces were kept or
/// made (<see cref="SqliteParts"/>), nothing from the clock. No <c>VACUUM</c>: a database written
/// only by appending has no free pages to reclaim (it was the same size with one).
/// Texts are in <c>_ja</c>/<c>_en</c> column pairs; <c>_en</c> is NULL where not translated.
/// Rows without a natural key have an <c>id</c> in model order (plan, then the table's order).</remarks>
internal static class SqliteDatabase
{
    /// <summary>The tokenizer for Japanese: trigram matches any run of three or more characters
    /// without a word list; unicode61 (whole runs between spaces and punctuation) where the
    /// bundled SQLite has no trigram (before 3.34).</summary>
    public static string Tokenizer { get; } = ProbeTokenizer();

    private static readonly (string Name, string Kind, string Ja, string En)[] About =
    [
        ("_about", "table", "この表：データベースの各表・ビューの説明", "This table: what each table and view holds"),
        ("plans", "table", "計画（報告書）ごとに1行。団体コード・計画名・期間・公表日・ライセンス", "One row per plan (report): municipality code, title, period, publication date, licence"),
        ("levels", "table", "計画の階層の深さごとの呼び名（実施方針、取組項目…）", "The name of each depth of a plan's hierarchy"),
        ("scales", "table", "評価の尺度（段階または数値）", "Rating scales (ordinal levels or numeric ranges)"),
        ("scale_levels", "table", "段階尺度の各段階。code が正規化した値、ord 1 が最良", "Levels of ordinal scales; code is the normalised value, ord 1 is the best"),
        ("assessments", "table", "評価の種類（進捗度、総合評価…）とその尺度", "What is rated (progress, overall…) and on which scale"),
        ("nodes", "table", "計画の項目（方針・取組）。parent_id で階層", "Items of a plan (policies, initiatives); parent_id gives the hierarchy"),
        ("departments", "table", "担当課", "Departments"),
        ("node_departments", "table", "項目と担当課の対応（role: lead / related）", "Which department is responsible for which item (role: lead / related)"),
        ("ratings", "table", "項目・年度・評価ごとの評価。value は記載どおり、level_code は尺度の正規化コード。fiscal_year_from（複数年度の評価の最初の年度）・as_of（年度途中の時点）のある行は年度の評価と比べないこと", "Ratings per item, year and assessment; value as printed, level_code the scale's normalised code. Rows with fiscal_year_from (a rating over several years) or as_of (a rating during the year) are not the year's rating: do not compare them with it"),
        ("tallies", "table", "市が公表した評価ごとの件数", "Counts per rating as the city published them"),
        ("sources", "table", "報告書のほかの出典（広報紙、最終報告など）。各表の source_id が指す。空欄の行は plans の報告書から", "Publications besides the report some rows came from (a newsletter, a final report); each table's source_id names one, empty = the plan's report"),
        ("method_changes", "table", "評価の方法・尺度が変わった年度。またいで件数を比べないこと", "Years from which an assessment's method or scale changed: do not compare counts across them"),
        ("tags", "table", "計画独自のタグ（分類・テーマ）", "A plan's own tags (categories, themes)"),
        ("node_tags", "table", "項目とタグの対応", "Which item carries which tag"),
        ("tag_ratings", "table", "報告書がタグ（分類）ごとに載せた評価。点数はタグの付いた項目の平均", "Ratings the report printed per tag; a number is the mean over the items carrying the tag"),
        ("effects", "table", "効果額・効果（計画・実績）。amount_yen は円に換算した額。measure が vs-base-year（基準年度との比較）・multi-plan（複数計画の累計）の行は合計しない", "Effects (planned, actual); amount_yen is the amount in yen. Never add up rows whose measure is vs-base-year (compared with a base year) or multi-plan (over several plans)"),
        ("kpis", "table", "成果指標", "Key performance indicators"),
        ("kpi_values", "table", "成果指標の年度ごとの値", "KPI values per year"),
        ("schedule", "table", "工程表：作業と年度ごとの予定", "Schedules: tasks and what each year plans"),
        ("texts", "table", "項目の文章（実績、課題、審議会意見…）", "Texts about items (results, issues, council comments…)"),
        ("texts_fts", "table", "texts の全文検索（FTS5）。例: SELECT * FROM texts_fts WHERE texts_fts MATCH '財政健全'", "Full-text search over texts (FTS5), e.g. SELECT * FROM texts_fts WHERE texts_fts MATCH 'budget'"),
        ("topics", "table", "都市を比べる共通の分野", "Shared topics for comparing cities"),
        ("node_topics", "table", "項目と分野の対応", "Which item belongs to which topic"),
        ("item_latest", "view", "評価のある項目ごと・評価の種類ごとに最新年度の評価（複数年度・年度途中の評価を除く）と、その項目の効果額合計（円）", "Each rated item and assessment with its latest year's rating (not one over several years or during a year) and the item's effects in yen"),
        ("rating_counts", "view", "計画・評価の種類・年度・段階（正規化コード）ごとの件数（年度の評価だけを数える）", "Counts per plan, assessment, year and level (normalised code), of the years' ratings only"),
        ("topic_effects", "view", "分野・計画ごとの項目数と効果額合計（円）", "Per topic and plan: items mapped and their effects in yen"),
    ];

    private static readonly string Tables = """
        CREATE TABLE _about (name TEXT PRIMARY KEY, kind TEXT NOT NULL, description_ja TEXT NOT NULL, description_en TEXT NOT NULL);
        CREATE TABLE plans (plan_key TEXT PRIMARY KEY, plan_id TEXT NOT NULL, municipality_code TEXT NOT NULL, municipality_ja TEXT NOT NULL, municipality_en TEXT,
          prefecture_ja TEXT, prefecture_en TEXT, title_ja TEXT NOT NULL, title_en TEXT, report_title_ja TEXT NOT NULL, report_title_en TEXT,
          period_from INTEGER NOT NULL, period_to INTEGER, period_original_to INTEGER, reported_fiscal_year INTEGER NOT NULL, publisher_ja TEXT NOT NULL, publisher_en TEXT,
          published TEXT NOT NULL, license TEXT NOT NULL, report_items_level INTEGER, report_items_count INTEGER);
        CREATE TABLE levels (plan_key TEXT NOT NULL REFERENCES plans, depth INTEGER NOT NULL, name_ja TEXT NOT NULL, name_en TEXT, PRIMARY KEY (plan_key, depth));
        CREATE TABLE scales (plan_key TEXT NOT NULL REFERENCES plans, scale_id TEXT NOT NULL, kind TEXT NOT NULL, min REAL, max REAL, decimals INTEGER NOT NULL,
          PRIMARY KEY (plan_key, scale_id));
        CREATE TABLE scale_levels (plan_key TEXT NOT NULL, scale_id TEXT NOT NULL, code TEXT NOT NULL, symbol TEXT NOT NULL, ord INTEGER NOT NULL, label_ja TEXT NOT NULL, label_en TEXT,
          PRIMARY KEY (plan_key, scale_id, code), FOREIGN KEY (plan_key, scale_id) REFERENCES scales (plan_key, scale_id));
        CREATE TABLE assessments (plan_key TEXT NOT NULL, assessment_id TEXT NOT NULL, evaluator_id TEXT NOT NULL, name_ja TEXT NOT NULL, name_en TEXT, scale_id TEXT NOT NULL,
          PRIMARY KEY (plan_key, assessment_id), FOREIGN KEY (plan_key, scale_id) REFERENCES scales (plan_key, scale_id));
        CREATE TABLE nodes (plan_key TEXT NOT NULL REFERENCES plans, node_id TEXT NOT NULL, parent_id TEXT, level INTEGER NOT NULL, number TEXT, title_ja TEXT NOT NULL, title_en TEXT,
          continued INTEGER, ended_fiscal_year INTEGER, added_fiscal_year INTEGER, merged_into TEXT, source_id TEXT, PRIMARY KEY (plan_key, node_id), FOREIGN KEY (plan_key, parent_id) REFERENCES nodes (plan_key, node_id));
        CREATE TABLE departments (plan_key TEXT NOT NULL REFERENCES plans, department_id TEXT NOT NULL, name_ja TEXT NOT NULL, name_en TEXT, bureau_ja TEXT, bureau_en TEXT,
          PRIMARY KEY (plan_key, department_id));
        CREATE TABLE node_departments (id INTEGER PRIMARY KEY, plan_key TEXT NOT NULL, node_id TEXT NOT NULL, department_id TEXT NOT NULL, role TEXT,
          FOREIGN KEY (plan_key, node_id) REFERENCES nodes (plan_key, node_id), FOREIGN KEY (plan_key, department_id) REFERENCES departments (plan_key, department_id));
        CREATE TABLE ratings (id INTEGER PRIMARY KEY, plan_key TEXT NOT NULL, node_id TEXT NOT NULL, fiscal_year INTEGER NOT NULL, assessment_id TEXT NOT NULL,
          value TEXT NOT NULL, level_code TEXT, number REAL, reason_ja TEXT, reason_en TEXT, fiscal_year_from INTEGER, as_of TEXT, source_id TEXT,
          FOREIGN KEY (plan_key, node_id) REFERENCES nodes (plan_key, node_id), FOREIGN KEY (plan_key, assessment_id) REFERENCES assessments (plan_key, assessment_id));
        CREATE TABLE sources (plan_key TEXT NOT NULL REFERENCES plans, source_id TEXT NOT NULL, title_ja TEXT NOT NULL, title_en TEXT, url TEXT, file TEXT, published TEXT,
          PRIMARY KEY (plan_key, source_id));
        CREATE TABLE method_changes (plan_key TEXT NOT NULL, assessment_id TEXT NOT NULL, fiscal_year INTEGER NOT NULL, note_ja TEXT NOT NULL, note_en TEXT,
          FOREIGN KEY (plan_key, assessment_id) REFERENCES assessments (plan_key, assessment_id));
        CREATE TABLE tags (plan_key TEXT NOT NULL REFERENCES plans, tag_id TEXT NOT NULL, name_ja TEXT NOT NULL, name_en TEXT, PRIMARY KEY (plan_key, tag_id));
        CREATE TABLE node_tags (plan_key TEXT NOT NULL, node_id TEXT NOT NULL, tag_id TEXT NOT NULL, PRIMARY KEY (plan_key, node_id, tag_id),
          FOREIGN KEY (plan_key, node_id) REFERENCES nodes (plan_key, node_id), FOREIGN KEY (plan_key, tag_id) REFERENCES tags (plan_key, tag_id));
        CREATE TABLE tag_ratings (plan_key TEXT NOT NULL, tag_id TEXT NOT NULL, fiscal_year INTEGER NOT NULL, assessment_id TEXT NOT NULL, value TEXT NOT NULL, level_code TEXT, number REAL, fiscal_year_from INTEGER, as_of TEXT, source_id TEXT,
          UNIQUE (plan_key, tag_id, fiscal_year, fiscal_year_from, as_of, assessment_id), FOREIGN KEY (plan_key, tag_id) REFERENCES tags (plan_key, tag_id),
          FOREIGN KEY (plan_key, assessment_id) REFERENCES assessments (plan_key, assessment_id));
        CREATE TABLE tallies (id INTEGER PRIMARY KEY, plan_key TEXT NOT NULL REFERENCES plans, node_id TEXT, fiscal_year INTEGER NOT NULL, assessment_id TEXT NOT NULL,
          rating TEXT, level_code TEXT, count INTEGER NOT NULL, fiscal_year_from INTEGER, as_of TEXT, source_id TEXT,
          FOREIGN KEY (plan_key, node_id) REFERENCES nodes (plan_key, node_id), FOREIGN KEY (plan_key, assessment_id) REFERENCES assessments (plan_key, assessment_id));
        CREATE TABLE effects (id INTEGER PRIMARY KEY, plan_key TEXT NOT NULL REFERENCES plans, node_id TEXT, fiscal_year_from INTEGER NOT NULL, fiscal_year_to INTEGER NOT NULL,
          kind TEXT NOT NULL, amount REAL, unit TEXT, amount_yen REAL, approximate INTEGER NOT NULL, text_ja TEXT, text_en TEXT, measure TEXT NOT NULL, base_fiscal_year INTEGER, plans_ja TEXT, plans_en TEXT, source_id TEXT,
          FOREIGN KEY (plan_key, node_id) REFERENCES nodes (plan_key, node_id));
        CREATE TABLE kpis (plan_key TEXT NOT NULL, kpi_id TEXT NOT NULL, node_id TEXT, name_ja TEXT NOT NULL, name_en TEXT, unit_ja TEXT, unit_en TEXT,
          baseline REAL, baseline_fiscal_year INTEGER, target REAL, target_fiscal_year INTEGER, direction TEXT, target_comparison TEXT, source_id TEXT,
          PRIMARY KEY (plan_key, kpi_id), FOREIGN KEY (plan_key, node_id) REFERENCES nodes (plan_key, node_id));
        CREATE TABLE kpi_values (id INTEGER PRIMARY KEY, plan_key TEXT NOT NULL, kpi_id TEXT NOT NULL, fiscal_year INTEGER NOT NULL, kind TEXT NOT NULL, value REAL NOT NULL,
          note_ja TEXT, note_en TEXT, source_id TEXT, FOREIGN KEY (plan_key, kpi_id) REFERENCES kpis (plan_key, kpi_id));
        CREATE TABLE schedule (id INTEGER PRIMARY KEY, plan_key TEXT NOT NULL, node_id TEXT NOT NULL, row INTEGER NOT NULL, fiscal_year INTEGER NOT NULL,
          task_ja TEXT, task_en TEXT, entry_ja TEXT, entry_en TEXT, status TEXT, source_id TEXT, FOREIGN KEY (plan_key, node_id) REFERENCES nodes (plan_key, node_id));
        CREATE TABLE texts (id INTEGER PRIMARY KEY, plan_key TEXT NOT NULL, node_id TEXT, fiscal_year INTEGER, kind_id TEXT NOT NULL, department_id TEXT, item INTEGER,
          text_ja TEXT NOT NULL, text_en TEXT, source_id TEXT, FOREIGN KEY (plan_key, node_id) REFERENCES nodes (plan_key, node_id));
        CREATE TABLE topics (topic_id TEXT PRIMARY KEY, name_ja TEXT NOT NULL, name_en TEXT, description_ja TEXT, description_en TEXT);
        CREATE TABLE node_topics (plan_key TEXT NOT NULL, node_id TEXT NOT NULL, topic_id TEXT NOT NULL REFERENCES topics, PRIMARY KEY (plan_key, node_id, topic_id),
          FOREIGN KEY (plan_key, node_id) REFERENCES nodes (plan_key, node_id));
        """;

    /// <summary>Made after the rows are in: an index made over its table at once is cheaper than
    /// one kept up to date row by row.</summary>
    private static readonly string IndexesAndViews = """
        CREATE INDEX nodes_parent ON nodes (plan_key, parent_id);
        CREATE INDEX node_departments_node ON node_departments (plan_key, node_id);
        CREATE INDEX node_departments_department ON node_departments (plan_key, department_id);
        CREATE INDEX ratings_node ON ratings (plan_key, node_id, assessment_id, fiscal_year);
        CREATE INDEX ratings_count ON ratings (plan_key, assessment_id, fiscal_year, level_code);
        CREATE INDEX tallies_node ON tallies (plan_key, node_id);
        CREATE INDEX effects_node ON effects (plan_key, node_id);
        CREATE INDEX kpis_node ON kpis (plan_key, node_id);
        CREATE INDEX kpi_values_kpi ON kpi_values (plan_key, kpi_id);
        CREATE INDEX schedule_node ON schedule (plan_key, node_id);
        CREATE INDEX texts_node ON texts (plan_key, node_id);
        CREATE INDEX node_topics_topic ON node_topics (topic_id);
        CREATE VIEW item_latest AS
          SELECT n.plan_key, n.node_id, n.number, n.title_ja, n.title_en, r.assessment_id, r.fiscal_year, r.value, r.level_code, r.number AS rating_number,
            (SELECT SUM(e.amount_yen) FROM effects e WHERE e.plan_key = n.plan_key AND e.node_id = n.node_id AND e.kind = 'planned' AND e.measure IN ('single-year', 'cumulative')) AS effect_planned_yen,
            (SELECT SUM(e.amount_yen) FROM effects e WHERE e.plan_key = n.plan_key AND e.node_id = n.node_id AND e.kind = 'actual' AND e.measure IN ('single-year', 'cumulative')) AS effect_actual_yen,
            (SELECT COUNT(*) FROM effects e WHERE e.plan_key = n.plan_key AND e.node_id = n.node_id) AS effect_count
          FROM nodes n JOIN ratings r ON r.plan_key = n.plan_key AND r.node_id = n.node_id
          WHERE (r.fiscal_year_from IS NULL OR r.fiscal_year_from = r.fiscal_year) AND r.as_of IS NULL
            AND r.fiscal_year = (SELECT MAX(r2.fiscal_year) FROM ratings r2 WHERE r2.plan_key = r.plan_key AND r2.node_id = r.node_id AND r2.assessment_id = r.assessment_id
              AND (r2.fiscal_year_from IS NULL OR r2.fiscal_year_from = r2.fiscal_year) AND r2.as_of IS NULL);
        CREATE VIEW rating_counts AS
          SELECT plan_key, assessment_id, fiscal_year, level_code, COUNT(*) AS count FROM ratings WHERE level_code IS NOT NULL AND (fiscal_year_from IS NULL OR fiscal_year_from = fiscal_year) AND as_of IS NULL
          GROUP BY plan_key, assessment_id, fiscal_year, level_code;
        CREATE VIEW topic_effects AS
          SELECT t.topic_id, t.name_ja, t.name_en, nt.plan_key, COUNT(DISTINCT nt.node_id) AS nodes, COUNT(e.id) AS effects,
            SUM(CASE WHEN e.kind = 'planned' THEN e.amount_yen END) AS planned_yen, SUM(CASE WHEN e.kind = 'actual' THEN e.amount_yen END) AS actual_yen
          FROM topics t JOIN node_topics nt ON nt.topic_id = t.topic_id LEFT JOIN effects e ON e.plan_key = nt.plan_key AND e.node_id = nt.node_id AND e.measure IN ('single-year', 'cumulative')
          GROUP BY t.topic_id, nt.plan_key;
        """;

    /// <summary>Writes the database of <paramref name="data"/> to <paramref name="target"/>.</summary>
    /// <param name="parts">Where the pieces it is put together from are kept between builds (null:
    /// made for this database only).</param>
    public static void Write(DataSet data, Stream target, SqliteParts? parts = null)
    {
        var scratch = ScratchSpace.NewPath(Path.GetTempPath(), "reform-site-sqlite-");
        Directory.CreateDirectory(scratch);
        try
        {
            var database = Path.Combine(scratch, "all.sqlite");
            try
            {
                Create(data, database, parts ?? SqliteParts.Scratch(Path.Combine(scratch, "parts")));
            }
            catch (SqliteException) when (parts is not null)
            {
                // A kept piece SQLite cannot read (damaged on disk, cut short by a full disk)
                // costs only the work again: the kept pieces go, and are all made afresh.
                parts.Clear();
                File.Delete(database);
                Create(data, database, parts);
            }
            using var file = File.OpenRead(database);
            file.CopyTo(target);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Puts the database together from pieces: each plan's rows in a small database of its
    /// own, made in parallel (or kept from an earlier build), copied in plan order with SQLite's
    /// own <c>INSERT … SELECT</c>, their ids moved past the plans before; then the indexes; then the
    /// full-text index, made beside the plans' pieces in a database of the texts alone (or kept,
    /// when no text changed) and copied in as its tables. Inserting every row of a national data
    /// set through the .NET provider, and tokenizing every text again, took most of a one-rating
    /// rebuild (docs/performance.md).</summary>
    /// <remarks>The bytes depend only on the data: every piece is made the same way whether or not
    /// it was kept, and the database is written by the same statements in the same order.</remarks>
    private static void Create(DataSet data, string path, SqliteParts parts)
    {
        var fullText = Task.Run(() => parts.GetOrMake(FullTextKey(data), p => CreateFullText(data, p)));
        var pieces = new string[data.Plans.Count];
        Parallel.For(0, data.Plans.Count, i => pieces[i] = parts.GetOrMake(parts.PlanKey(data.Plans[i].Key), p => CreatePlanPiece(data.Plans[i], p)));

        using var connection = Open(path);
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, Tables);
            using var rows = new RowInserter(connection);
            foreach (var (name, kind, ja, en) in About) rows.Insert("_about", [name, kind, ja, en]);
            foreach (var t in data.Topics) rows.Insert("topics", [t.Id, t.Name.Ja, t.Name.En, t.Description?.Ja, t.Description?.En]);
            transaction.Commit();
        }
        var copies = PlanTables.Select(t => (Table: t, Columns: Columns(connection, t))).ToList();
        var offsets = new long[copies.Count];
        foreach (var piece in pieces)
        {
            Execute(connection, $"ATTACH DATABASE '{piece.Replace("'", "''", StringComparison.Ordinal)}' AS piece;");
            using (var transaction = connection.BeginTransaction())
            {
                for (var i = 0; i < copies.Count; i++)
                {
                    var (table, columns) = copies[i];
                    // A table numbered by id continues from the plans before: ids stay in model order.
                    var select = string.Join(", ", columns.Select(c => c == "id" ? $"id + {offsets[i].ToString(CultureInfo.InvariantCulture)}" : c));
                    var copied = ExecuteCount(connection, $"INSERT INTO main.{table} SELECT {select} FROM piece.{table} ORDER BY rowid;");
                    if (columns.Contains("id")) offsets[i] += copied;
                }
                transaction.Commit();
            }
            Execute(connection, "DETACH DATABASE piece;");
        }
        Execute(connection, $"ATTACH DATABASE '{fullText.GetAwaiter().GetResult().Replace("'", "''", StringComparison.Ordinal)}' AS fulltext;");
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, IndexesAndViews);
            Execute(connection, FullTextTable);
            // The index's own tables, as the texts alone made them: FTS5 keeps its index in ordinary tables.
            foreach (var shadow in FullTextShadows)
                Execute(connection, $"DELETE FROM main.{shadow}; INSERT INTO main.{shadow} SELECT * FROM fulltext.{shadow};");
            transaction.Commit();
        }
        Execute(connection, "DETACH DATABASE fulltext;");
    }

    /// <summary>The tables a plan's rows go to, in the order they are copied.</summary>
    private static readonly string[] PlanTables =
        ["plans", "levels", "scales", "scale_levels", "assessments", "tags", "method_changes", "sources", "nodes", "departments", "node_departments",
         "ratings", "tallies", "effects", "kpis", "kpi_values", "schedule", "texts", "node_topics", "node_tags", "tag_ratings"];

    /// <summary>The full-text index over the texts: FTS5 with the texts table as its content.</summary>
    private static string FullTextTable => $"CREATE VIRTUAL TABLE texts_fts USING fts5 (text_ja, text_en, content = 'texts', content_rowid = 'id', tokenize = '{Tokenizer}');";

    /// <summary>The tables FTS5 keeps an index with external content in.</summary>
    private static readonly string[] FullTextShadows = ["texts_fts_data", "texts_fts_idx", "texts_fts_docsize", "texts_fts_config"];

    /// <summary>One plan's rows, numbered from 1 in each table with an id.</summary>
    private static void CreatePlanPiece(Plan plan, string path)
    {
        using var connection = Open(path);
        using var transaction = connection.BeginTransaction();
        Execute(connection, Tables);
        using (var rows = new RowInserter(connection)) InsertPlan(rows, plan, new int[6]);
        transaction.Commit();
    }

    /// <summary>The texts (id and the two languages, ids as in the whole database) and their full-text index.</summary>
    private static void CreateFullText(DataSet data, string path)
    {
        using var connection = Open(path);
        using var transaction = connection.BeginTransaction();
        Execute(connection, "CREATE TABLE texts (id INTEGER PRIMARY KEY, text_ja TEXT NOT NULL, text_en TEXT);");
        Execute(connection, FullTextTable);
        using (var rows = new RowInserter(connection))
        {
            var id = 0;
            foreach (var text in data.Plans.SelectMany(p => p.Texts).Select(t => t.Text)) rows.Insert("texts", [++id, text.Ja, text.En]);
        }
        Execute(connection, "INSERT INTO texts_fts (texts_fts) VALUES ('rebuild');");
        transaction.Commit();
    }

    /// <summary>What the full-text piece holds, as a key: the texts, the tokenizer and the SQLite library.</summary>
    /// <remarks>The texts' ids are their places in that order, so the texts in order are enough:
    /// each plan's digest of them where the build took one (reading every text back from the store
    /// for the key was a rebuild's cost even when no text had changed), else the texts themselves.</remarks>
    private static string FullTextKey(DataSet data) =>
        SqliteParts.Key(["fulltext", Tokenizer, SqliteVersion, .. data.Plans.SelectMany(p => p.TextsDigest is { } digest
            ? ["digest", digest]
            : p.Texts.Select(t => t.Text).SelectMany(t => new[] { "text", t.Ja, t.En }))]);

    private static readonly string SqliteVersion = LibraryVersion();

    private static string LibraryVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        return connection.ServerVersion;
    }

    private static SqliteConnection Open(string path)
    {
        // No pooling: the file is closed, and can be copied and deleted, when the connection is disposed.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        // Foreign keys are not checked as rows go in: a plan's piece refers to the shared topics it
        // does not hold, and the data was validated before it got here (the tests check every key
        // of the whole: foreign_key_check).
        Execute(connection, "PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
        return connection;
    }

    private static List<string> Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read()) columns.Add(reader.GetString(0));
        return columns;
    }

    private static void InsertPlan(RowInserter c, Plan plan, int[] ids)
    {
        var k = plan.Key;
        var m = plan.Metadata;
        Insert(c, "plans", k, m.Id, plan.Municipality.Code, plan.Municipality.Name.Ja, plan.Municipality.Name.En, plan.Municipality.Prefecture?.Ja, plan.Municipality.Prefecture?.En,
            m.Title.Ja, m.Title.En, m.ReportTitle.Ja, m.ReportTitle.En, m.Period.From, m.Period.To, m.Period.OriginalTo, m.ReportedFiscalYear, m.Publisher.Ja, m.Publisher.En, m.Published, m.License, m.ReportItems?.Level, m.ReportItems?.Count);
        foreach (var l in plan.Levels) Insert(c, "levels", k, l.Depth, l.Name.Ja, l.Name.En);
        foreach (var s in plan.Scales)
        {
            Insert(c, "scales", k, s.Id, s.Kind.ToCode(), Real(s.Min), Real(s.Max), s.Decimals);
            foreach (var l in s.Levels) Insert(c, "scale_levels", k, s.Id, l.Code, l.Symbol, l.Order, l.Label.Ja, l.Label.En);
        }
        foreach (var a in plan.Assessments) Insert(c, "assessments", k, a.Id, a.EvaluatorId, a.Name.Ja, a.Name.En, a.ScaleId);
        foreach (var t in plan.Tags) Insert(c, "tags", k, t.Id, t.Name.Ja, t.Name.En);
        foreach (var a in plan.Assessments)
            foreach (var change in a.MethodChanges) Insert(c, "method_changes", k, a.Id, change.FiscalYear, change.Note.Ja, change.Note.En);
        foreach (var s in m.Sources) Insert(c, "sources", k, s.Id, s.Document.Title.Ja, s.Document.Title.En, s.Document.Url, s.Document.File, s.Published);
        // Parents before children: the foreign key from a node to its parent is checked on insert.
        foreach (var n in plan.Nodes.OrderBy(n => n.Level))
            Insert(c, "nodes", k, n.Id, n.ParentId, n.Level, n.Number, n.Title.Ja, n.Title.En, n.Continued is bool b ? (b ? 1 : 0) : null, n.EndedFiscalYear, n.AddedFiscalYear, n.MergedInto, Src(plan, n.Source));
        foreach (var d in plan.Departments) Insert(c, "departments", k, d.Id, d.Name.Ja, d.Name.En, d.Bureau?.Ja, d.Bureau?.En);
        foreach (var nd in plan.NodeDepartments) Insert(c, "node_departments", ++ids[0], k, nd.NodeId, nd.DepartmentId, nd.Role);
        foreach (var r in plan.Ratings)
        {
            var scale = plan.ScaleOf(r.AssessmentId);
            var code = scale?.Kind == ScaleKind.Ordinal ? scale.Level(r.Value)?.Code : null;
            var number = scale?.Kind == ScaleKind.Numeric ? Real(scale.Number(r.Value)) : null;
            Insert(c, "ratings", ++ids[1], k, r.NodeId, r.FiscalYear, r.AssessmentId, r.Value, code, number, r.Reason?.Ja, r.Reason?.En, r.FiscalYearFrom, r.AsOf, Src(plan, r.Source));
        }
        foreach (var t in plan.Tallies)
        {
            var scale = plan.ScaleOf(t.AssessmentId);
            var code = t.Rating is { } rating && scale?.Kind == ScaleKind.Ordinal ? scale.Level(rating)?.Code : null;
            Insert(c, "tallies", null, k, t.NodeId, t.FiscalYear, t.AssessmentId, t.Rating, code, t.Count, t.FiscalYearFrom, t.AsOf, Src(plan, t.Source));
        }
        foreach (var e in plan.Effects)
            Insert(c, "effects", ++ids[2], k, e.NodeId, e.FiscalYearFrom, e.FiscalYearTo, e.Kind.ToCode(), Real(e.Amount?.Amount), e.Amount?.Unit, Real(e.Amount?.Yen),
                e.Approximate ? 1 : 0, e.Text?.Ja, e.Text?.En, e.Measure.ToCode(), e.BaseFiscalYear, e.PlansCovered?.Ja, e.PlansCovered?.En, Src(plan, e.Source));
        foreach (var x in plan.Kpis)
            Insert(c, "kpis", k, x.Id, x.NodeId, x.Name.Ja, x.Name.En, x.Unit?.Ja, x.Unit?.En, Real(x.Baseline), x.BaselineFiscalYear, Real(x.Target), x.TargetFiscalYear, x.Direction, x.Comparison?.ToCode(), Src(plan, x.Source));
        foreach (var v in plan.KpiValues) Insert(c, "kpi_values", ++ids[3], k, v.KpiId, v.FiscalYear, v.Kind.ToCode(), (double)v.Value, v.Note?.Ja, v.Note?.En, Src(plan, v.Source));
        // Each stored text read once (a read is a trip to the build's text store).
        foreach (var s in plan.Schedule)
        {
            var (task, entry) = (s.Task, s.Entry);
            Insert(c, "schedule", ++ids[4], k, s.NodeId, s.Row, s.FiscalYear, task?.Ja, task?.En, entry?.Ja, entry?.En, s.Status, Src(plan, s.Source));
        }
        foreach (var t in plan.Texts)
        {
            var text = t.Text;
            Insert(c, "texts", ++ids[5], k, t.NodeId, t.FiscalYear, t.KindId, t.DepartmentId, t.Item, text.Ja, text.En, Src(plan, t.Source));
        }
        foreach (var n in plan.Nodes)
            foreach (var topic in n.Topics.Distinct(StringComparer.Ordinal)) Insert(c, "node_topics", k, n.Id, topic);
        foreach (var n in plan.Nodes)
            foreach (var tag in n.Tags.Distinct(StringComparer.Ordinal)) Insert(c, "node_tags", k, n.Id, tag);
        foreach (var r in plan.TagRatings)
        {
            var scale = plan.ScaleOf(r.AssessmentId);
            Insert(c, "tag_ratings", k, r.TagId, r.FiscalYear, r.AssessmentId, r.Value,
                scale?.Kind == ScaleKind.Ordinal ? scale.Level(r.Value)?.Code : null, scale?.Kind == ScaleKind.Numeric ? Real(scale.Number(r.Value)) : null, r.FiscalYearFrom, r.AsOf, Src(plan, r.Source));
        }
    }

    private static string? Src(Plan plan, RowSource row) => plan.Provenance.GetValueOrDefault(row);

    private static double? Real(decimal? value) => value is decimal d ? (double)d : null;

    /// <summary>Inserts a row of values in column order; a null <c>id</c> lets SQLite number it.</summary>
    private static void Insert(RowInserter rows, string table, params object?[] values) => rows.Insert(table, values);

    /// <summary>One prepared INSERT per table, reused for each of its rows: preparing a statement
    /// per row would parse the same SQL once for every row of a national data set.</summary>
    private sealed class RowInserter(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public void Insert(string table, object?[] values)
        {
            if (!_commands.TryGetValue(table, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", values.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
                for (var i = 0; i < values.Length; i++) command.Parameters.Add(new SqliteParameter("$p" + i.ToString(CultureInfo.InvariantCulture), null));
                command.Prepare();
                _commands[table] = command;
            }
            for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values) command.Dispose();
        }
    }

    private static void Execute(SqliteConnection connection, string sql) => ExecuteCount(connection, sql);

    /// <summary>Runs <paramref name="sql"/>; how many rows it changed.</summary>
    private static int ExecuteCount(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private static string ProbeTokenizer()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        try
        {
            Execute(connection, "CREATE VIRTUAL TABLE probe USING fts5 (t, tokenize = 'trigram');");
            return "trigram";
        }
        catch (SqliteException)
        {
            return "unicode61";
        }
    }
}
